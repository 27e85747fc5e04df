package dev.evalunit.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apiguardian.api.API;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Makes the evaluation the build's verdict: reads the {@code summary.json} of every run this build recorded and
 * fails the build on a failed gate (or failed cases, see {@link #failOn}), whatever
 * {@code maven.test.failure.ignore} says; and fails it when the project has suites but no run was recorded,
 * which is what a Surefire older than 3.0 or an include pattern that misses the suite class produce.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
@API(status = INTERNAL, since = "0.1")
public final class CheckMojo extends AbstractMojo {

    private static final String SUREFIRE = "org.apache.maven.plugins:maven-surefire-plugin";
    /** The Surefire version to pin, as the message says. */
    static final String SUREFIRE_PIN = "3.5.4";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Where the engine writes runs; the engine's own setting of the same name. */
    @Parameter(property = "evalunit.output.directory", defaultValue = "${project.build.directory}/evalunit")
    private File outputDirectory;

    /**
     * What fails the build: {@code gates} (the default: a variant that gets cases wrong is what an A/B
     * evaluation is for, the gates say whether that is acceptable), {@code cases}, or {@code both}.
     */
    @Parameter(property = "evalunit.failOn", defaultValue = "gates")
    private String failOn;

    /** Skips the check. */
    @Parameter(property = "evalunit.check.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean testSkip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests || testSkip) {
            getLog().info("EvalUnit check skipped (tests were skipped)");
            return;
        }
        FailOn setting;
        try {
            setting = FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        List<Path> suites = ProjectSuites.find(Stream.concat(
                project.getTestResources().stream().map(r -> Path.of(r.getDirectory())),
                project.getTestCompileSourceRoots().stream().map(Path::of)).toList());
        List<RecordedRun> runs;
        try {
            runs = RecordedRuns.since(outputDirectory.toPath(), session.getRequest().getStartTime().toInstant());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the runs under " + outputDirectory + ": " + e.getMessage(), e);
        }
        if (runs.isEmpty()) {
            if (!suites.isEmpty()) {
                throw new MojoFailureException(noRuns(suites));
            }
            getLog().info("EvalUnit: no evaluation suites in this project");
            return;
        }
        List<String> failures = new ArrayList<>();
        for (RecordedRun run : runs) {
            List<String> block = run.block();
            getLog().info("EvalUnit " + block.get(0));
            block.subList(1, block.size()).forEach(getLog()::info);
            failures.addAll(run.failures(setting));
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException("EvalUnit check failed (failOn=" + setting.name().toLowerCase(Locale.ROOT)
                    + "):\n  " + String.join("\n  ", failures));
        }
    }

    private String noRuns(List<Path> suites) {
        Path base = project.getBasedir().toPath();
        String surefire = Optional.ofNullable(project.getBuild().getPluginsAsMap().get(SUREFIRE))
                .map(Plugin::getVersion).orElse("(unknown)");
        String why = surefire.matches("[12]\\..*")
                ? "maven-surefire-plugin " + surefire + " does not run JUnit Platform engines: pin " + SUREFIRE + " "
                + SUREFIRE_PIN + " in build/pluginManagement"
                : "check that Surefire (" + surefire + ") runs the @Suite class that selects the suites (by default it"
                + " runs classes named *Test, Test*, *Tests and *TestCase) and that dev.evalunit:evalunit-engine is a"
                + " test dependency";
        return "EvalUnit: this project has " + suites.size() + " evaluation suite(s) (" + base.relativize(suites.get(0))
                + (suites.size() > 1 ? ", ..." : "") + ") but this build recorded no run under " + outputDirectory
                + "; " + why;
    }
}

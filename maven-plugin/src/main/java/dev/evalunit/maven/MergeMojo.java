package dev.evalunit.maven;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the shard runs of a sharded evaluation ({@code -Devalunit.shard=<i>/<n>}, one CI job per shard) into one
 * full run per suite, with the statistics, gates, decision, report and {@code winner.json} over every case, and
 * fails the build when a merged run's gate fails. It runs the engine's merge command
 * ({@code dev.evalunit.engine.MergeShards}) in a JVM of its own on the project's test class path, so the
 * merge sees the suites, judges and reports the shards ran with.
 */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@API(status = INTERNAL, since = "0.1")
public final class MergeMojo extends AbstractMojo {

    static final String COMMAND = "dev.evalunit.engine.MergeShards";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * The shard runs: run directories, or directories holding them at any depth (such as the downloaded
     * artifacts of every shard job). Default: the output directory, where shards run on this machine land.
     */
    @Parameter(property = "evalunit.shards")
    private List<File> shards;

    /** Where the merged runs go; the engine's setting of the same name. */
    @Parameter(property = "evalunit.output.directory", defaultValue = "${project.build.directory}/evalunit")
    private File outputDirectory;

    /** The merged runs' id; default {@code merged-<UTC time>}. */
    @Parameter(property = "evalunit.run.id")
    private String runId;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), COMMAND, "--output", outputDirectory.getPath()));
        if (runId != null && !runId.isBlank()) {
            command.addAll(List.of("--run-id", runId));
        }
        // the run's evalunit.* settings (cache, history, baseline), never provider settings, which may hold keys
        session.getUserProperties().stringPropertyNames().stream()
                .filter(key -> key.startsWith("evalunit.") && !key.startsWith("evalunit.provider."))
                .filter(key -> !key.equals("evalunit.shards") && !key.equals("evalunit.shard"))
                .sorted().forEach(key -> command.add("-D" + key + "=" + session.getUserProperties().getProperty(key)));
        (shards == null || shards.isEmpty() ? List.of(outputDirectory) : shards)
                .forEach(directory -> command.add(directory.getPath()));
        int status = run(command);
        switch (status) {
            case 0 -> getLog().info("EvalUnit: shards merged");
            case 1 -> throw new MojoFailureException("EvalUnit merge: a merged run failed a gate (see above)");
            default -> throw new MojoExecutionException("EvalUnit merge failed (exit status " + status + ", see above)");
        }
    }

    private String classpath() throws MojoExecutionException {
        try {
            return String.join(File.pathSeparator, project.getTestClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the test class path is not resolved: " + e.getMessage(), e);
        }
    }

    private int run(List<String> command) throws MojoExecutionException {
        try {
            Process process = new ProcessBuilder(command).directory(project.getBasedir()).redirectErrorStream(true)
                    .start();
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                output.lines().forEach(line -> getLog().info(line));
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the merge (" + COMMAND + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while merging", e);
        }
    }
}

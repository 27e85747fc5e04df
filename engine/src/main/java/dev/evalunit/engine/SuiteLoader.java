package dev.evalunit.engine;

import dev.evalunit.engine.suite.InputLimits;
import dev.evalunit.engine.suite.JavaSuiteReader;
import dev.evalunit.engine.suite.Location;
import dev.evalunit.engine.suite.ModelCatalog;
import dev.evalunit.engine.suite.PathConfinement;
import dev.evalunit.engine.suite.Problem;
import dev.evalunit.engine.suite.ScorerCatalog;
import dev.evalunit.engine.suite.SuiteLoad;
import dev.evalunit.engine.suite.YamlSuiteReader;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.engine.provider.ModelRouter;
import dev.evalunit.engine.provider.InProcessProvider;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads each suite once per discovery. A suite with problems becomes a failing node that names each problem's file
 * and line ({@link InvalidSuiteDescriptor}), so the other suites still run; selectors that select nothing are
 * reported as discovery issues (warnings, as an error would make the JUnit launcher skip the whole engine).
 */
final class SuiteLoader {

    private final DiscoveryIssueReporter issues;
    private final YamlSuiteReader yaml;
    private final JavaSuiteReader java;
    private final Map<String, SuiteLoad> loaded = new HashMap<>();

    SuiteLoader(DiscoveryIssueReporter issues, ConfigurationParameters configuration) {
        this.issues = issues;
        ScorerCatalog scorers = ScorerCatalog.load(configuration.get(Constants.JUDGE_MODEL));
        ModelCatalog models = new ModelCatalog(ModelRouter.discoverProviders().stream().map(ModelProvider::id)
                .collect(Collectors.toSet()), InProcessProvider.ID, InProcessProvider.BUILT_IN);
        InputLimits limits = InputSettings.limits(configuration);
        PathConfinement paths = InputSettings.paths(configuration);
        this.yaml = new YamlSuiteReader(scorers, models, limits, paths);
        this.java = new JavaSuiteReader(scorers, models, limits, paths);
    }

    SuiteLoad load(Location location) {
        return loaded.computeIfAbsent(location.key(), key -> guarded(() -> yaml.read(location), key,
                location.fileName(), location.source(0), location.toString()));
    }

    SuiteLoad load(Class<?> type) {
        return loaded.computeIfAbsent(JavaSuiteReader.PREFIX + type.getName(), key -> guarded(
                () -> java.read(type), key, type.getSimpleName(), ClassSource.from(type), type.getName()));
    }

    /**
     * Reads one suite so that nothing it holds can end discovery: an exception or a stack overflow while reading
     * it becomes that suite's problem.
     */
    private static SuiteLoad guarded(Supplier<SuiteLoad> read, String key, String displayName, TestSource source,
                                     String where) {
        try {
            return read.get();
        } catch (RuntimeException | StackOverflowError e) {
            Problem problem = new Problem(where, "the suite could not be read: " + e, source);
            return new SuiteLoad(key, displayName, source, Optional.empty(), List.of(problem));
        }
    }

    /** A file or directory that could not be listed while looking for suites: a warning, so the others still run. */
    void unreadable(Path path, IOException e) {
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, path + ": cannot be listed: "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()))
                .source(FileSource.from(path.toFile())));
    }

    /**
     * A selector naming a line where nothing is declared: a warning naming the line, and nothing is selected there
     * (rather than the whole file, which would run far more than asked).
     */
    void nothingAtLine(TestSource source, String file, int line, String what) {
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, file + ":" + line + ": " + what
                + "; the selector selects nothing").source(source));
    }
}

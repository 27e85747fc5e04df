package dev.evalunit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** Settings cannot send run output or exports outside their directories: the suite fails and nothing is written there. */
class ConfinementTest {

    @TempDir
    Path temp;

    @Test
    void aRunIdThatLeavesTheOutputDirectoryFailsTheSuite() throws IOException {
        Path output = Files.createDirectories(temp.resolve("output"));
        EngineExecutionResults results = EvalUnitKit.engine(output,
                        selectClasspathResource("fixtures/yaml/greetings.eval.yaml"))
                .configurationParameter(Constants.RUN_ID, "..")
                .execute();

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(displayName("Greetings")),
                finishedWithFailure(message(m -> m.contains("'..' cannot name a directory under the output directory")))));
        assertThat(filesUnder(temp)).allMatch(file -> file.startsWith(output));
    }

    @Test
    void anExportPathOutsideTheExportDirectoryWritesNothingThere() throws IOException {
        Path output = Files.createDirectories(temp.resolve("output"));
        Path exports = Files.createDirectories(temp.resolve("exports"));
        Path outside = temp.resolve("outside/winner.json");
        EngineExecutionResults results = EvalUnitKit.engine(output,
                        selectClasspathResource("fixtures/decisions/decisions.eval.yaml"))
                .configurationParameter(Constants.EXPORT_DIRECTORY, exports.toString())
                .configurationParameter(Constants.EXPORT_PATH, outside.toString())
                .execute();

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(displayName("Decisions")),
                finishedWithFailure(message(m -> m.contains("lies outside the export directory")))));
        assertThat(outside.getParent()).doesNotExist();
        assertThat(filesUnder(temp)).allMatch(file -> file.startsWith(output))
                .anyMatch(file -> file.endsWith("summary.json"));
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}

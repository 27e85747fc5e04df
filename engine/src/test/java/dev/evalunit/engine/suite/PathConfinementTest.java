package dev.evalunit.engine.suite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathConfinementTest {

    @TempDir
    Path temp;

    @Test
    void anExportStaysUnderTheExportDirectory() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        PathConfinement paths = new PathConfinement(project, List.of(), Path.of("exports"));
        Path exports = project.toRealPath().resolve("exports");

        assertThat(paths.exportTarget("config/winner.json")).isEqualTo(exports.resolve("config/winner.json"));
        assertThat(paths.exportTarget(exports.resolve("winner.json").toString()))
                .isEqualTo(exports.resolve("winner.json"));
        assertThat(paths.exportProblem("../winner.json")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("export path '../winner.json' may not hold '.' or '..'"));
        assertThat(paths.exportProblem("./winner.json")).isPresent();
        assertThat(paths.exportProblem("a/../../winner.json")).isPresent();
        assertThat(paths.exportProblem(temp.resolve("elsewhere/winner.json").toString()))
                .hasValueSatisfying(problem -> assertThat(problem).contains("lies outside the export directory"));
    }

    @Test
    void aLinkInsideTheExportDirectoryCannotLeadOutside() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(project.resolve("link"), outside);
        PathConfinement paths = new PathConfinement(project, List.of(), Path.of(""));

        assertThat(paths.exportProblem("link/winner.json")).isPresent();
        assertThat(paths.exportProblem("winner.json")).isEmpty();
    }

    @Test
    void aDatasetLiesUnderTheProjectTheSuitesDirectoryOrAConfiguredRoot() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path suites = Files.createDirectories(temp.resolve("suites"));
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Location suite = new Location.FileLocation(suites.resolve("a.eval.yaml"));
        PathConfinement paths = new PathConfinement(project, List.of(), Path.of(""));

        assertThat(paths.datasetProblem(new Location.FileLocation(project.resolve("data/cases.jsonl")), suite)).isEmpty();
        assertThat(paths.datasetProblem(suite.sibling("cases.jsonl"), suite)).isEmpty();
        assertThat(paths.datasetProblem(suite.sibling("../shared/cases.jsonl"), suite))
                .hasValueSatisfying(problem -> assertThat(problem).contains("lies outside the project directory")
                        .contains("evalunit.input.dataset-roots"));
        assertThat(new PathConfinement(project, List.of(shared), Path.of(""))
                .datasetProblem(suite.sibling("../shared/cases.jsonl"), suite)).isEmpty();
        Location resource = new Location.ClasspathLocation("evals/a.eval.yaml");
        assertThat(paths.datasetProblem(resource.sibling("cases.jsonl"), resource)).isEmpty();
        assertThat(paths.datasetProblem(resource.sibling("../../secret.jsonl"), resource)).isPresent();
    }

    @Test
    void aRunDirectoryIsOneSuiteAndOneRunSegmentUnderTheOutput() {
        Path output = temp.resolve("out");

        assertThat(PathConfinement.runDirectory(output, "suite", "20260101-000000-000"))
                .isEqualTo(output.resolve("suite").resolve("20260101-000000-000"));
        for (String bad : List.of("..", ".", "a/b", "../x", "")) {
            assertThatThrownBy(() -> PathConfinement.runDirectory(output, "suite", bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot name a directory");
            assertThatThrownBy(() -> PathConfinement.runDirectory(output, bad, "run"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

package dev.evalunit.reports;

import dev.evalunit.engine.files.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void rendersTheLatestRunOfASuiteDirectory() throws IOException {
        Path suite = temp.resolve("support-replies");
        Path run = new RunFixture().cases(6).write(suite.resolve("run-7"));
        new RunFiles().markLatest(suite, "run-7");

        int status = RenderReport.run(new String[] {suite.toString()}, print(out), print(err));

        assertThat(status).isZero();
        assertThat(text(out)).contains("wrote " + run.resolve("report.html"), "wrote " + run.resolve("summary.md"));
        assertThat(run.resolve("report.html")).content(StandardCharsets.UTF_8).contains("Support replies");
    }

    @Test
    void renderExplainsWhatARunDirectoryIs() {
        int status = RenderReport.run(new String[] {temp.toString()}, print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(text(err)).contains("cannot render the report: " + temp
                + " is neither a run directory (with summary.json) nor a suite directory");
        assertThat(RenderReport.run(new String[0], print(out), print(err))).isEqualTo(2);
        assertThat(text(err)).contains("usage: RenderReport <run-directory | suite-directory>");
    }

    @Test
    void comparesTwoRunsAndReportsRegressions() throws IOException {
        Path before = new RunFixture().cases(40).repeats(2).write(temp.resolve("suite/run-a"));
        Path after = new RunFixture().cases(40).repeats(2).qualityShift(-0.3).write(temp.resolve("suite/run-b"));

        int status = CompareRuns.run(new String[] {before.toString(), after.toString()}, print(out), print(err));

        assertThat(status).as(text(err)).isEqualTo(1);
        String markdown = text(out);
        assertThat(markdown).contains("### EvalUnit comparison: Support replies ❌ regressions")
                .contains("run-a → run-b: 28 cases regressed, 0 improved.")
                .containsPattern("\\| Control \\| quality \\| 0\\.\\d{3} \\| 0\\.\\d{3} \\| -0\\.\\d{3} \\| .* \\| \\*\\*regressed\\*\\* \\|")
                .contains("**Regressed cases**");
        assertThat(after.resolve(CompareRuns.HTML)).content(StandardCharsets.UTF_8)
                .contains("<td class=\"regressed\">regressed</td>", "Regressed cases (passed before, fail now)");
        assertThat(after.resolve(CompareRuns.MARKDOWN)).content(StandardCharsets.UTF_8).isEqualTo(
                markdown.substring(0, markdown.indexOf("\nwrote ")));
    }

    @Test
    void aRunComparedWithItselfHasNoRegressions() throws IOException {
        Path run = new RunFixture().cases(10).write(temp.resolve("suite/run-a"));
        Path out = temp.resolve("out");

        int status = CompareRuns.run(new String[] {run.toString(), run.toString(), "--out", out.toString()},
                print(this.out), print(err));

        assertThat(status).isZero();
        assertThat(text(this.out)).contains("✅ no regressions", "0 cases regressed, 0 improved")
                .doesNotContain("**regressed**", "**improved**");
        assertThat(out.resolve(CompareRuns.HTML)).exists();
    }

    @Test
    void refusesRunsOfDifferentSuites() throws IOException {
        Path a = new RunFixture().cases(3).write(temp.resolve("a"));
        Path b = new RunFixture().cases(3).write(temp.resolve("b"));
        String summary = Files.readString(b.resolve("summary.json")).replace("\"support-replies\"", "\"other-suite\"");
        Files.writeString(b.resolve("summary.json"), summary);

        int status = CompareRuns.run(new String[] {a.toString(), b.toString()}, print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(text(err)).contains("the runs are of different suites: 'support-replies' (" + a
                + ") and 'other-suite' (" + b + "); compare two runs of the same suite");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package dev.evalunit.engine.suite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetReaderTest {

    @TempDir
    Path directory;

    private final Problems problems = new Problems();
    private final Location suite = new Location.FileLocation(Path.of("suite.eval.yaml"));

    @Test
    void csvRecordsKeepTheirLinesAcrossQuotedLineBreaksBlankLinesAndCrlf() throws IOException {
        List<SuiteCase> cases = read("cases.csv", "\uFEFFid,text\r\na,\"two\nlines, \"\"quoted\"\"\"\r\n\r\nb,plain\r\n",
                InputLimits.DEFAULTS);

        assertThat(problems.list()).isEmpty();
        assertThat(cases).extracting(c -> c.testCase().id()).containsExactly("a", "b");
        assertThat(cases).extracting(SuiteCase::line).containsExactly(2, 5);
        assertThat(cases.get(0).testCase().fields()).containsEntry("text", "two\nlines, \"quoted\"");
    }

    @Test
    void aQuotedCsvFieldKeepsItsCarriageReturnsAndAByteOrderMarkLeavesTheFirstColumnName() throws IOException {
        List<SuiteCase> cases = read("cases.csv", "\uFEFFid,text\r\na,\"one\r\ntwo\"\r\n", InputLimits.DEFAULTS);

        assertThat(problems.list()).isEmpty();
        assertThat(cases).singleElement().satisfies(c -> assertThat(c.testCase().fields())
                .containsOnlyKeys("id", "text").containsEntry("text", "one\r\ntwo"));
    }

    @Test
    void aCsvQuoteClosedBeforeTheEndOfItsFieldIsAProblemAtItsLineAndColumn() throws IOException {
        List<SuiteCase> cases = read("cases.csv", "id,text\na,\"a\"b\n", InputLimits.DEFAULTS);

        assertThat(cases).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(problem -> assertThat(problem.toString())
                .contains("cases.csv:2: malformed CSV at column 7: Unexpected character ('b'"));
    }

    @Test
    void readingStopsAtTheCaseLimitWithOneProblemAtTheFirstCaseTooMany() throws IOException {
        InputLimits limits = new InputLimits(1 << 20, 50, 50, 1_000_000, 1_000, 3, 1_000);
        List<SuiteCase> cases = read("cases.jsonl", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n\n{\"id\":\"c\"}\n{\"id\":\"d\"}\n"
                + "{\"id\":\"e\"}\n", limits);

        assertThat(cases).hasSize(3);
        assertThat(problems.list()).singleElement().satisfies(problem -> assertThat(problem.toString())
                .endsWith("cases.jsonl:5: the dataset has more than 3 cases; raise evalunit.input.max-cases if it is "
                        + "meant to"));
    }

    @Test
    void anAliasBombInAYamlDatasetIsAProblemInTheDataset() throws IOException {
        StringBuilder yaml = new StringBuilder("- id: a\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 7; level++) {
            yaml.append("  l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(7, "*l" + (level - 1)))).append("]\n");
        }
        List<SuiteCase> cases = read("cases.yaml", yaml.toString(), InputLimits.DEFAULTS);

        assertThat(cases).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(problem -> assertThat(problem.where())
                .endsWith("cases.yaml:2"));
    }

    private List<SuiteCase> read(String name, String content, InputLimits limits) throws IOException {
        Path file = Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
        return new DatasetReader(limits).read(new Location.FileLocation(file), 2, suite, problems);
    }
}

package dev.evalunit.engine;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** Each malformed suite or dataset is a discovery issue naming file, line and problem; the good suite still runs. */
class BadInputTest {

    @TempDir
    Path output;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            YAML syntax error                | syntax.eval.yaml            | syntax.eval.yaml            | 4 | YAML syntax error
            unknown key                      | unknown-key.eval.yaml       | unknown-key.eval.yaml       | 2 | unknown key 'colour' in the suite
            missing required field           | missing-field.eval.yaml     | missing-field.eval.yaml     | 3 | missing required field 'model' in a variant
            duplicate variant id             | duplicate-variant.eval.yaml | duplicate-variant.eval.yaml | 6 | duplicate variant id 'v'
            duplicate case id                | duplicate-case.eval.yaml    | duplicate-case.eval.yaml    | 10 | duplicate case id 'a'
            placeholder with no case field   | placeholder.eval.yaml       | placeholder.eval.yaml       | 3 | prompt placeholder {{question}} has no matching field in case 'a'
            missing dataset                  | missing-dataset.eval.yaml   | missing-dataset.eval.yaml   | 2 | dataset 'classpath:fixtures/bad/nowhere.jsonl' cannot be read
            malformed JSONL line             | malformed-jsonl.eval.yaml   | malformed.jsonl             | 2 | malformed JSONL line
            CSV row with wrong column count  | csv-columns.eval.yaml       | wrong-columns.csv           | 3 | CSV row has 3 columns but the header has 2 (id, q)
            unknown scorer name              | unknown-scorer.eval.yaml    | unknown-scorer.eval.yaml    | 7 | unknown scorer 'no-such-scorer'; scorers on the classpath: test-contains, test-pair-count
            scorer configuration             | scorer-config.eval.yaml     | scorer-config.eval.yaml     | 7 | scorer 'test-contains': field 'nope' is not a field of every case
            repeats below 1                  | repeats.eval.yaml           | repeats.eval.yaml           | 2 | repeats must be at least 1, was 0
            passRate outside 0..1            | pass-rate.eval.yaml         | pass-rate.eval.yaml         | 2 | passRate must be between 0 and 1, was 1.5
            """)
    void badInputIsADiscoveryIssueAtItsLineAndTheOtherSuitesStillRun(String what, String suite, String file, int line,
                                                                      String problem) {
        var kit = EvalUnitKit.engine(output, selectClasspathResource("fixtures/bad/" + suite),
                selectClasspathResource("fixtures/yaml/greetings.eval.yaml"));

        List<DiscoveryIssue> issues = kit.discover().getDiscoveryIssues();
        assertThat(issues).as(what).anySatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).startsWith("classpath:fixtures/bad/" + file + ":" + line + ": ").contains(problem);
            assertThat(issue.source()).contains(ClasspathResourceSource.from("fixtures/bad/" + file, FilePosition.from(line)));
        });

        EngineExecutionResults results = kit.execute();
        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(displayName("Greetings")), finishedSuccessfully()));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), finishedWithFailure(message(m -> m.contains(problem)))));
        assertThat(results.testEvents().started().count()).isEqualTo(5);
    }
}

package dev.evalunit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.evalunit.engine.suite.Problem;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** Problems name files as the project holds them, suggest the name probably meant, and do not repeat a cause. */
class MessagesTest {

    private static final String TYPOS = "src/test/resources/fixtures/messages/typos.eval.yaml:";

    @TempDir
    Path output;

    private List<String> issues(String file) {
        return EvalUnitKit.problems(EvalUnitKit.engine(output, selectClasspathResource("fixtures/messages/" + file)))
                .stream().map(Problem::toString).toList();
    }

    @Test
    void misspelledNamesGetTheClosestKnownNameAtTheirLineInTheSourceFile() {
        List<String> issues = issues("typos.eval.yaml");

        assertThat(issues).anySatisfy(m -> assertThat(m).startsWith(TYPOS)
                        .contains("unknown scorer 'test-contain'; did you mean 'test-contains'?"))
                .anySatisfy(m -> assertThat(m).startsWith(TYPOS)
                        .contains("unknown model provider 'inprocesss'", "did you mean 'inprocess'?"))
                .anySatisfy(m -> assertThat(m).startsWith(TYPOS)
                        .contains("{{nmae}}", "did you mean 'name'?"))
                .anySatisfy(m -> assertThat(m).startsWith(TYPOS)
                        .contains("compare.baseline 'polit' is not a variant of the suite; did you mean 'polite'?"));
    }

    @Test
    void aSuiteWithoutVariantsIsNotAlsoToldItsBaselineIsUnknown() {
        List<String> issues = issues("novariants.eval.yaml");

        assertThat(issues).isNotEmpty().noneSatisfy(m -> assertThat(m).contains("compare.baseline"));
        assertThat(issues).allSatisfy(m ->
                assertThat(m).startsWith("src/test/resources/fixtures/messages/novariants.eval.yaml:"));
    }

    @Test
    void aMisspelledScorerIsOneProblemNotAlsoOneForEachUseOfItsMetric() {
        assertThat(issues("scorer-consequences.eval.yaml")).singleElement().satisfies(m -> assertThat(m)
                .startsWith("src/test/resources/fixtures/messages/scorer-consequences.eval.yaml:11: ")
                .contains("unknown scorer 'test-contain'; did you mean 'test-contains'?"));
    }

    @Test
    void aVariantThatCannotBeReadIsOneProblemNotAlsoOneForEachPlaceNamingIt() {
        assertThat(issues("variant-consequences.eval.yaml")).singleElement().satisfies(m -> assertThat(m)
                .startsWith("src/test/resources/fixtures/messages/variant-consequences.eval.yaml:4: ")
                .contains("missing required field 'prompt' in a variant"));
    }
}

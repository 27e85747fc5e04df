package dev.evalunit.judges.embedding;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EmbeddingSimilarityScorerTest {

    private static final String REFERENCE = "The cat is sleeping on the sofa.";

    @Test
    void theBundledModelLoadsFromTheClasspathAndRanksAParaphraseAboveAnUnrelatedSentence() throws Exception {
        Scorer scorer = create(new EmbeddingSimilarityScorer(), Map.of("field", "reference"), "reference");
        Map<String, Object> fields = Map.of("reference", REFERENCE);
        Score paraphrase = single(scorer, "A kitten naps on the couch.", fields);
        Score unrelated = single(scorer, "Quarterly revenue rose by four percent.", fields);
        assertThat(paraphrase.value().orElseThrow()).isGreaterThan(unrelated.value().orElseThrow() + 0.2);
        assertThat(single(scorer, REFERENCE, fields).value().orElseThrow()).isCloseTo(1.0, within(1e-5));
        assertThat(paraphrase.reason().orElseThrow()).contains("all-minilm-l6-v2");
    }

    @Test
    void theModelIsSharedBetweenScorers() {
        assertThat(new AllMiniLmL6V2Provider().model()).isSameAs(new AllMiniLmL6V2Provider().model());
    }

    @Test
    void unicodeAndVeryLongOutputsAreEmbedded() throws Exception {
        Scorer scorer = create(new EmbeddingSimilarityScorer(), Map.of("value", "Le café est très bon 👍🏽"), 0.5);
        assertThat(single(scorer, "Le cafe\u0301 est tre\u0300s bon 👍🏽", Map.of()).passed()).isTrue();
        Score longOutput = single(scorer, "Le café est très bon. ".repeat(2_000), Map.of());
        assertThat(longOutput.value().orElseThrow()).isBetween(-1.0, 1.0);
    }

    @Test
    void aBlankOutputScoresZeroWithAReason() throws Exception {
        Scorer scorer = create(new EmbeddingSimilarityScorer(), Map.of("value", REFERENCE), 0.5);
        Score blank = single(scorer, "  ", Map.of());
        assertThat(blank.value()).hasValue(0.0);
        assertThat(blank.passed()).isFalse();
        assertThat(blank.reason().orElseThrow()).startsWith("output is blank");
        Scorer blankReference = create(new EmbeddingSimilarityScorer(), Map.of("field", "reference"), "reference");
        Score error = single(blankReference, "some output", Map.of("reference", " "));
        assertThat(error.isError()).isTrue();
        assertThat(error.error()).hasValue("the reference is blank");
    }

    @Test
    void anyLangchain4jEmbeddingModelCanBePluggedInByName() throws Exception {
        Scorer scorer = create(new EmbeddingSimilarityScorer(), Map.of("value", "ab", "model", "letter-count"));
        // letters (a:1, b:1) against (a:1): cosine = 1 / sqrt(2)
        assertThat(single(scorer, "a", Map.of()).value().orElseThrow()).isCloseTo(1 / Math.sqrt(2), within(1e-6));
    }

    @Test
    void anUnknownModelFailsAtDiscovery() {
        assertThatThrownBy(() -> create(new EmbeddingSimilarityScorer(), Map.of("value", "x", "model", "bge-large")))
                .hasMessageContaining("option 'model' names embedding model 'bge-large'")
                .hasMessageContaining("all-minilm-l6-v2");
    }
}

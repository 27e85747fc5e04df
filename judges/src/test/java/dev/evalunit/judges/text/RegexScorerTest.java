package dev.evalunit.judges.text;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.evalunit.judges.Inputs.create;
import static dev.evalunit.judges.Inputs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegexScorerTest {

    @Test
    void findsAMatchAnywhereAndKeepsIt() throws Exception {
        Score score = single(create(new RegexScorer(), Map.of("pattern", "\\d{4}-\\d{2}")), "due 2026-11 ok", Map.of());
        assertThat(score.passed()).isTrue();
        assertThat(score.details()).containsEntry("match", "2026-11");
    }

    @Test
    void fullMatchAndFlags() throws Exception {
        Scorer full = create(new RegexScorer(), Map.of("pattern", "yes|no", "fullMatch", true, "ignoreCase", true));
        assertThat(single(full, "YES", Map.of()).passed()).isTrue();
        assertThat(single(full, "yes, sure", Map.of()).passed()).isFalse();
        assertThat(single(full, "", Map.of()).passed()).isFalse();
    }

    @Test
    void wordClassesAreUnicodeAware() throws Exception {
        Scorer word = create(new RegexScorer(), Map.of("pattern", "^\\w+$", "fullMatch", true));
        assertThat(single(word, "naïve", Map.of()).passed()).isTrue();
        Scorer emoji = create(new RegexScorer(), Map.of("pattern", "\\x{1F44D}"));
        assertThat(single(emoji, "great 👍🏽", Map.of()).passed()).isTrue();
    }

    @Test
    void matchesInVeryLongText() throws Exception {
        String text = "x".repeat(1_000_000) + "END";
        assertThat(single(create(new RegexScorer(), Map.of("pattern", "END$")), text, Map.of()).passed()).isTrue();
    }

    @Test
    void catastrophicPatternsMatchInLinearTime() throws Exception {
        // java.util.regex backtracks exponentially on these (36 s for 30 characters of the first); RE2 does not
        Scorer nested = create(new RegexScorer(), Map.of("pattern", "(.*){1,32}[bc]"));
        assertThat(single(nested, "a".repeat(100_000), Map.of()).passed()).isFalse();
        Scorer alternation = create(new RegexScorer(), Map.of("pattern", "^(x+x+)+y$"));
        assertThat(single(alternation, "x".repeat(100_000), Map.of()).passed()).isFalse();
        assertThat(single(alternation, "xxy", Map.of()).passed()).isTrue();
        assertThatThrownBy(() -> create(new RegexScorer(), Map.of("pattern", "(a)\\1")))
                .hasMessageContaining("option 'pattern' is not a valid regular expression")
                .hasMessageContaining("no backreferences or lookaround");
    }

    @Test
    void caseFoldingIsFullAndTextIsNormalised() throws Exception {
        Scorer street = create(new RegexScorer(), Map.of("pattern", "STRASSE", "ignoreCase", true));
        assertThat(single(street, "Hauptstraße 5", Map.of()).passed()).isTrue();
        Scorer sharpS = create(new RegexScorer(), Map.of("pattern", "^straße \\d+$", "ignoreCase", true));
        assertThat(single(sharpS, "STRASSE 12", Map.of()).passed()).isTrue();
        assertThat(single(create(new RegexScorer(), Map.of("pattern", "STRASSE")), "straße", Map.of()).passed())
                .isFalse();
        // a precomposed é in the pattern matches e + combining accent in the output (NFC both sides)
        Scorer cafe = create(new RegexScorer(), Map.of("pattern", "caf\u00e9$"));
        assertThat(single(cafe, "cafe\u0301", Map.of()).passed()).isTrue();
        assertThat(single(create(new RegexScorer(), Map.of("pattern", "^[\\w-]+$")), "naïve-été", Map.of())
                .passed()).isTrue();
        assertThat(single(create(new RegexScorer(), Map.of("pattern", "^\\d+$")), "١٢٣", Map.of()).passed()).isTrue();
    }

    @Test
    void anInvalidPatternFailsAtDiscoveryNamingTheOption() {
        assertThatThrownBy(() -> create(new RegexScorer(), Map.of("pattern", "(unclosed")))
                .hasMessageStartingWith("option 'pattern' is not a valid regular expression")
                .hasMessageContaining("(unclosed");
        assertThatThrownBy(() -> create(new RegexScorer(), Map.of()))
                .hasMessageContaining("option 'pattern' is required");
    }
}

package dev.evalunit.reports;

import dev.evalunit.reports.model.DiffSegment;
import dev.evalunit.reports.model.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void marksAddedAndRemovedWordsInReadingOrder() {
        assertThat(WordDiff.diff("the quick brown fox jumps", "the slow brown fox leaps high")).contains(List.of(
                new DiffSegment("the ", Kind.SAME),
                new DiffSegment("slow ", Kind.ADDED),
                new DiffSegment("quick ", Kind.REMOVED),
                new DiffSegment("brown fox ", Kind.SAME),
                new DiffSegment("leaps high", Kind.ADDED),
                new DiffSegment(" jumps", Kind.REMOVED)));
    }

    @Test
    void identicalTextsAreOneSameSegment() {
        assertThat(WordDiff.diff("same words here", "same words here"))
                .contains(List.of(new DiffSegment("same words here", Kind.SAME)));
    }

    @Test
    void comparesWordsIgnoringTheWhitespaceAroundThem() {
        assertThat(WordDiff.diff("a  b\nc", "a b c")).contains(List.of(new DiffSegment("a b c", Kind.SAME)));
    }

    @Test
    void keepsEveryWordOfBothTexts() {
        String baseline = "refund the order within five days after review";
        String text = "offer a refund for the order within two business days and more";
        List<DiffSegment> diff = WordDiff.diff(baseline, text).orElseThrow();

        assertThat(diff.stream().filter(s -> s.kind() != Kind.REMOVED).map(DiffSegment::text).reduce("", String::concat)
                .replaceAll("\\s+", " ").trim()).isEqualTo(text);
        assertThat(diff.stream().filter(s -> s.kind() != Kind.ADDED).map(DiffSegment::text).reduce("", String::concat)
                .replaceAll("\\s+", " ").trim()).isEqualTo(baseline);
    }

    @Test
    void emptyOutputsDiff() {
        assertThat(WordDiff.diff("", "new text")).contains(List.of(new DiffSegment("new text", Kind.ADDED)));
        assertThat(WordDiff.diff("old text", "")).contains(List.of(new DiffSegment("old text", Kind.REMOVED)));
    }

    @Test
    void refusesTextsTooLongToCompareCheaply() {
        String a = "a ".repeat(1200) + "x";
        String b = "y " + "b ".repeat(1200);

        assertThat(WordDiff.diff(a, b)).isEmpty();
        assertThat(WordDiff.diff(a, a)).isPresent();
    }
}

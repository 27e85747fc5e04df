package dev.evalunit.reports;

import dev.evalunit.reports.model.DiffSegment;
import dev.evalunit.reports.model.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextBudgetTest {

    @Test
    void smallRunsKeepEverything() {
        List<DiffSegment> segments = List.of(new DiffSegment("x".repeat(50_000), Kind.SAME));

        TextBudget.Cut cut = TextBudget.forSamples(100).cut(segments);

        assertThat(cut.segments()).isEqualTo(segments);
        assertThat(cut.omitted()).isZero();
    }

    @Test
    void largeRunsShareTheBudgetAndCountWhatTheyLeaveOut() {
        TextBudget budget = TextBudget.forSamples(20_000);
        List<DiffSegment> segments = List.of(new DiffSegment("a".repeat(200), Kind.SAME),
                new DiffSegment("b".repeat(200), Kind.ADDED), new DiffSegment("c".repeat(50), Kind.REMOVED));

        TextBudget.Cut cut = budget.cut(segments);

        assertThat(cut.segments()).containsExactly(new DiffSegment("a".repeat(200), Kind.SAME),
                new DiffSegment("b".repeat(100), Kind.ADDED));
        assertThat(cut.omitted()).isEqualTo(150);
        assertThat(budget.shorten("r".repeat(400))).isEqualTo("r".repeat(150) + " … (250 more characters in results.jsonl)");
        assertThat(budget.shorten("short reason")).isEqualTo("short reason");
    }

    @Test
    void neverCutsBelowTheMinimumNorSplitsASurrogatePair() {
        TextBudget budget = TextBudget.forSamples(10_000_000);
        String text = "x".repeat(TextBudget.MINIMUM - 1) + "😀" + "tail";

        TextBudget.Cut cut = budget.cut(List.of(new DiffSegment(text, Kind.SAME)));

        assertThat(cut.segments().get(0).text()).isEqualTo("x".repeat(TextBudget.MINIMUM - 1));
        assertThat(cut.omitted()).isEqualTo(2 + 4);
    }
}

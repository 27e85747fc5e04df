package dev.evalunit.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order of a suite's calls, on a plan of 2 variants × 30 cases × 3 repeats in JUnit's (variant-major) order. */
class ExecutionOrderTest {

    private static final List<String> CASE_IDS = IntStream.range(0, 60).mapToObj(i -> "c" + (i % 30)).toList();

    @Test
    void interleavedRunsEveryCallOnceCaseByCaseInSuiteOrder() {
        ExecutionOrder order = ExecutionOrder.of(ExecutionOrder.Mode.INTERLEAVED, CASE_IDS, 3, 7, 0);

        assertThat(order.calls()).hasSize(180).doesNotHaveDuplicates();
        for (int position = 0; position < 180; position++) {
            ExecutionOrder.Call call = order.calls().get(position);
            assertThat(CASE_IDS.get(call.entry())).as("block of call %d", position).isEqualTo("c" + position / 6);
            assertThat(order.lastPosition(call.entry())).isGreaterThanOrEqualTo(position).isLessThan(position / 6 * 6 + 6);
        }
    }

    @Test
    void theOrderWithinACaseIsRandomAndReproducibleFromItsSeed() {
        ExecutionOrder order = ExecutionOrder.of(ExecutionOrder.Mode.INTERLEAVED, CASE_IDS, 3, 7, 0);
        Set<List<ExecutionOrder.Call>> blocks = new HashSet<>();
        int firstVariantFirst = 0;
        for (int block = 0; block < 30; block++) {
            List<ExecutionOrder.Call> calls = order.calls().subList(block * 6, block * 6 + 6);
            blocks.add(calls.stream().map(c -> new ExecutionOrder.Call(c.entry() < 30 ? 0 : 1,
                    c.repeat())).toList());
            firstVariantFirst += calls.get(0).entry() < 30 ? 1 : 0;
        }
        assertThat(blocks).as("distinct within-case orders").hasSizeGreaterThan(15);
        assertThat(firstVariantFirst).isBetween(5, 25);
        assertThat(ExecutionOrder.of(ExecutionOrder.Mode.INTERLEAVED, CASE_IDS, 3, 7, 0).calls())
                .isEqualTo(order.calls());
        assertThat(ExecutionOrder.of(ExecutionOrder.Mode.INTERLEAVED, CASE_IDS, 3, 8, 0).calls())
                .isNotEqualTo(order.calls());
    }

    @Test
    void byVariantFollowsTheReportingOrder() {
        ExecutionOrder order = ExecutionOrder.of(ExecutionOrder.Mode.BY_VARIANT, CASE_IDS, 3, 7, 0);

        List<ExecutionOrder.Call> expected = new ArrayList<>();
        IntStream.range(0, 60).forEach(e -> IntStream.range(0, 3).forEach(r -> expected.add(new ExecutionOrder.Call(e, r))));
        assertThat(order.calls()).isEqualTo(expected);
    }

    @Test
    void warmUpCoversTheCasesOfTheFirstCallsButAtMostATenthOfTheCases() {
        assertThat(ExecutionOrder.of(ExecutionOrder.Mode.INTERLEAVED, CASE_IDS, 3, 7, 13).warmUpCases())
                .containsExactly("c0", "c1", "c2");
        assertThat(ExecutionOrder.of(ExecutionOrder.Mode.INTERLEAVED, CASE_IDS, 3, 7, 1000).warmUpCases())
                .containsExactly("c0", "c1", "c2");
        assertThat(ExecutionOrder.of(ExecutionOrder.Mode.INTERLEAVED, CASE_IDS, 3, 7, 0).warmUpCases()).isEmpty();
        assertThat(ExecutionOrder.of(ExecutionOrder.Mode.INTERLEAVED, List.of("a", "b", "a", "b"), 3, 7, 64)
                .warmUpCases()).as("too few cases to spare any").isEmpty();
    }

    @Test
    void anUnknownModeIsNamed() {
        assertThat(ExecutionOrder.Mode.parse(" By-Variant")).isEqualTo(ExecutionOrder.Mode.BY_VARIANT);
        assertThatThrownBy(() -> ExecutionOrder.Mode.parse("random"))
                .hasMessage("unknown execution order 'random'; expected interleaved or by-variant");
    }
}

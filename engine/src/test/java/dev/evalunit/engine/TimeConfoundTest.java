package dev.evalunit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.engine.orderfixtures.DriftingSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * No time confound: against a provider whose latency rises with every call, an A/A comparison of latency
 * must not find a difference more often than alpha. {@code -Devalunit.drift.runs=1000} runs the big
 * Monte Carlo; CI runs {@value #CI_RUNS}.
 */
class TimeConfoundTest {

    private static final int CI_RUNS = 25;

    @TempDir
    Path output;

    private final RunFiles files = new RunFiles();

    @Test
    void theJournalRecordsAnInterleavedCaseBlockedOrderAndTheCallsFollowIt() throws IOException {
        DriftingSuite.reset(1);
        EvalUnitKit.engine(output, selectClass(DriftingSuite.class))
                .configurationParameter(Constants.EXECUTION_SEED, "42")
                .execute().testEvents().assertStatistics(stats -> stats.failed(0));

        Path run = output.resolve("drift/test-run");
        JsonNode order = new ObjectMapper().readTree(run.resolve(SuiteRun.ORDER_FILE).toFile());
        assertThat(order.get("order").asText()).isEqualTo("interleaved");
        assertThat(order.get("seed").asLong()).isEqualTo(42);
        List<String> recorded = new ArrayList<>();
        order.get("calls").forEach(c -> recorded.add(c.get("variantId").asText() + "/" + c.get("caseId").asText()
                + "/" + c.get("repeat").asInt()));
        assertThat(recorded).hasSize(160).doesNotHaveDuplicates().isEqualTo(DriftingSuite.CALLS);
        int baseFirst = 0;
        Set<String> blockOrders = new HashSet<>();
        for (int block = 0; block < 40; block++) {
            List<String> calls = recorded.subList(block * 4, block * 4 + 4);
            assertThat(calls).as("block %d", block).allMatch(c -> c.contains("/c" + calls.get(0).split("/")[1]
                    .substring(1) + "/"));
            assertThat(calls).anyMatch(c -> c.startsWith("base/")).anyMatch(c -> c.startsWith("twin/"));
            baseFirst += calls.get(0).startsWith("base/") ? 1 : 0;
            blockOrders.add(String.join(",", calls.stream().map(c -> c.replaceAll("/c\\d+", "")).toList()));
        }
        assertThat(recorded.subList(0, 4)).allMatch(c -> c.contains("/c0/"));
        assertThat(baseFirst).as("blocks opened by base").isBetween(10, 30);
        assertThat(blockOrders).as("distinct orders within a case").hasSizeGreaterThan(6);
        assertThat(order.get("warmUpCases")).extracting(JsonNode::asText).isNotEmpty().hasSizeLessThanOrEqualTo(4);

        try (Stream<SampleRecord> journal = files.readResults(run)) {
            assertThat(journal.map(r -> r.variantId() + "/" + r.caseId() + "/" + r.repeat()))
                    .containsExactlyInAnyOrderElementsOf(recorded);
        }
        MetricDifference latency = files.readSummary(run).comparison().orElseThrow().metric("latency_ms")
                .flatMap(m -> m.difference("twin")).orElseThrow();
        assertThat(latency.cases()).as("warm-up cases left out of latency").isEqualTo(40 - order.get("warmUpCases").size());
    }

    @Test
    void driftDoesNotBiasLatencyDecisionsWhenInterleavedAndDoesByVariant() throws IOException {
        int runs = Integer.getInteger("evalunit.drift.runs", CI_RUNS);
        int falsePositives = falsePositives("interleaved", runs);
        System.out.printf("latency A/A under drift: %d of %d runs significant at alpha 0.05%n", falsePositives, runs);
        // P(X > 6) for X ~ Binomial(25, 0.05) is 1.7e-4: scipy.stats.binom.sf(6, 25, 0.05)
        assertThat(falsePositives / (double) runs).as("false-positive rate over %d runs", runs)
                .isLessThanOrEqualTo(runs == CI_RUNS ? 6.0 / CI_RUNS : 0.05 + 3 * Math.sqrt(0.05 * 0.95 / runs));
        assertThat(falsePositives("by-variant", 3)).as("the same drift when each variant runs in turn").isEqualTo(3);
    }

    /** Runs the A/A suite {@code runs} times and counts latency differences with p below alpha. */
    private int falsePositives(String order, int runs) throws IOException {
        int significant = 0;
        for (int i = 0; i < runs; i++) {
            DriftingSuite.reset(1000 + i);
            String runId = order + "-" + i;
            EvalUnitKit.engine(output, selectClass(DriftingSuite.class))
                    .configurationParameter(Constants.RUN_ID, runId)
                    .configurationParameter(Constants.EXECUTION_ORDER, order)
                    .configurationParameter(Constants.EXECUTION_SEED, Integer.toString(i))
                    .configurationParameter(Constants.PROGRESS_INTERVAL, Constants.PROGRESS_OFF)
                    .execute();
            MetricDifference latency = files.readSummary(output.resolve("drift").resolve(runId)).comparison()
                    .orElseThrow().metric("latency_ms").flatMap(m -> m.difference("twin")).orElseThrow();
            significant += latency.pValue() < 0.05 ? 1 : 0;
        }
        return significant;
    }
}

package dev.evalunit.web.postgres;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.analysis.OnlineMetric;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.web.analysis.ExperimentTotals;
import dev.evalunit.web.analysis.InMemoryEventLog;
import dev.evalunit.web.analysis.MetricTotals;
import dev.evalunit.web.analysis.OnlineResults;
import dev.evalunit.web.testing.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analysis in PostgreSQL equals the analysis in memory on the same events. 200,000 events by default;
 * {@code -Dweb.analysis.events=1000000} runs the million of the acceptance check.
 */
class SqlAnalysisTest {

    static final int EVENTS = Integer.getInteger("web.analysis.events", 200_000);
    private static final double TOLERANCE = 1e-9;

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    static ExperimentDefinition definition() {
        return ExperimentDefinition.builder("sql-analysis")
                .variant("control", 50, VariantConfig.of("openai:gpt-4o-mini"))
                .variant("treatment", 30, VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2))
                .variant("concise", 20, VariantConfig.of("openai:gpt-4o-mini").withMaxTokens(200)).build();
    }

    /**
     * {@code count} events of 2,000 units over three days: each unit's assignment, then outcomes with latency,
     * cost, errors, and sometimes a rating or a success flag; plus events of another phase that must not count.
     */
    static List<MetricEvent> events(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] variants = {"control", "treatment", "concise"};
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        List<MetricEvent> events = new ArrayList<>(count);
        int units = 2_000;
        for (int u = 0; u < units && events.size() < count; u++) {
            events.add(new MetricEvent.Assigned("sql-analysis", 1, variants[u % 3], "u" + u, start.plusSeconds(u)));
        }
        while (events.size() < count) {
            int u = random.nextInt(units);
            String variant = variants[u % 3];
            Instant at = start.plusMillis(random.nextLong(3 * 86_400_000L));
            int phase = random.nextInt(50) == 0 ? 2 : 1;
            boolean error = random.nextDouble() < 0.03 + 0.01 * (u % 3);
            Outcome outcome = new Outcome(OptionalDouble.of(200 + 800 * random.nextDouble() + 37.25 * (u % 3)), error,
                    random.nextInt(4) == 0 ? OptionalDouble.of(1 + random.nextInt(5)) : OptionalDouble.empty(),
                    error ? OptionalDouble.empty() : OptionalDouble.of(0.0001 * (1 + random.nextInt(40))),
                    random.nextInt(3) == 0 ? Optional.of(random.nextDouble() < 0.6) : Optional.empty());
            events.add(new MetricEvent.Observed("sql-analysis", phase, variant, "u" + u, at, outcome));
        }
        return events;
    }

    @Test
    void theDatabasesTotalsAndResultsEqualTheInMemoryAnalysisOfTheSameEvents() throws Exception {
        List<MetricEvent> events = events(EVENTS, 19);
        try (PostgresEventSink sink = new PostgresEventSink(POSTGRES.server().jdbcUrl());
             PostgresAnalysis analysis = new PostgresAnalysis(POSTGRES.server().jdbcUrl())) {
            for (int from = 0; from < events.size(); from += 20_000) {
                sink.write(events.subList(from, Math.min(events.size(), from + 20_000)));
            }
            ExperimentTotals inSql = analysis.totals("sql-analysis", 1);
            ExperimentTotals inMemory = InMemoryEventLog.totals(events, "sql-analysis", 1);

            assertThat(inSql.assignedUnits()).isEqualTo(inMemory.assignedUnits());
            assertThat(inSql.metrics().keySet()).containsExactlyInAnyOrder("control", "treatment", "concise");
            for (String variant : inMemory.metrics().keySet()) {
                assertThat(inSql.metrics().get(variant).keySet()).isEqualTo(inMemory.metrics().get(variant).keySet());
                for (OnlineMetric metric : OnlineMetric.values()) {
                    assertSame(inSql.of(variant, metric), inMemory.of(variant, metric));
                }
            }
            AnalysisPlan plan = new AnalysisPlan(OnlineMetric.LATENCY, 10, 10, 0.05, 100);
            OnlineResults fromSql = OnlineResults.analyze(definition(), inSql, plan);
            OnlineResults fromMemory = OnlineResults.analyze(definition(), inMemory, plan);
            for (int i = 0; i < fromSql.arms().size(); i++) {
                for (OnlineMetric metric : OnlineMetric.values()) {
                    OnlineResults.Estimate a = fromSql.arms().get(i).metrics().get(metric);
                    OnlineResults.Estimate b = fromMemory.arms().get(i).metrics().get(metric);
                    assertThat(a.mean()).isCloseTo(b.mean(), within(TOLERANCE * Math.abs(b.mean())));
                    assertThat(a.standardError()).isCloseTo(b.standardError(), within(TOLERANCE * b.standardError()));
                }
            }
            for (int i = 0; i < fromSql.treatments().size(); i++) {
                OnlineResults.Treatment a = fromSql.treatments().get(i);
                OnlineResults.Treatment b = fromMemory.treatments().get(i);
                assertThat(a.decision()).isEqualTo(b.decision());
                assertThat(a.comparisons()).hasSameSizeAs(b.comparisons()).hasSize(OnlineMetric.values().length);
                for (int c = 0; c < a.comparisons().size(); c++) {
                    OnlineResults.OnlineDifference x = a.comparisons().get(c);
                    OnlineResults.OnlineDifference y = b.comparisons().get(c);
                    assertThat(x.difference()).isCloseTo(y.difference(), within(TOLERANCE * Math.abs(y.ciHigh() - y.ciLow())));
                    assertThat(x.ciLow()).isCloseTo(y.ciLow(), within(TOLERANCE * Math.abs(y.ciHigh() - y.ciLow())));
                    assertThat(x.ciHigh()).isCloseTo(y.ciHigh(), within(TOLERANCE * Math.abs(y.ciHigh() - y.ciLow())));
                    assertThat(x.pValue()).isCloseTo(y.pValue(), within(TOLERANCE));
                }
            }
            assertThat(fromSql.sampleRatio().orElseThrow().pValue())
                    .isEqualTo(fromMemory.sampleRatio().orElseThrow().pValue());
        }
    }

    private static void assertSame(MetricTotals sql, MetricTotals memory) {
        assertThat(sql.units()).isEqualTo(memory.units());
        assertThat(sql.sumN()).isEqualTo(memory.sumN());
        assertThat(sql.sumNN()).isEqualTo(memory.sumNN());
        for (double[] pair : new double[][] {{sql.sumY(), memory.sumY()}, {sql.sumYY(), memory.sumYY()},
                {sql.sumYN(), memory.sumYN()}}) {
            assertThat(pair[0]).isCloseTo(pair[1], within(TOLERANCE * Math.abs(pair[1])));
        }
    }
}

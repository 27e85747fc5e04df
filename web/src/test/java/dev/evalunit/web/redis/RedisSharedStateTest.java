package dev.evalunit.web.redis;

import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.ExclusionReason;
import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.web.ServedExperiments;
import dev.evalunit.web.analysis.InMemoryEventLog;
import dev.evalunit.web.testing.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Two service instances on one real Redis share sticky assignments, exposure counts, pauses and the kill switch. */
class RedisSharedStateTest {

    private static RedisServer redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    /** One service instance: its own connection, control, counter and registry. */
    private record Instance(RedisStores stores, ServedExperiments experiments) implements AutoCloseable {
        static Instance start(String namespace, ExperimentDefinition definition) {
            RedisStores stores = new RedisStores(redis.url(), namespace);
            ServedExperiments experiments = new ServedExperiments(Clock.systemUTC(), stores.control(),
                    Optional.of(stores.assignments(Duration.ofDays(30))), stores.exposures(), Optional.empty(),
                    new InMemoryEventLog());
            experiments.register(definition, AnalysisPlan.ratingDefaults(), Optional.empty());
            return new Instance(stores, experiments);
        }

        @Override
        public void close() {
            experiments.close();
            stores.close();
        }
    }

    private static ExperimentDefinition definition(String id, double traffic) {
        return ExperimentDefinition.builder(id).targetPercent(traffic)
                .variant("control", 50, VariantConfig.of("openai:gpt-4o-mini"))
                .variant("treatment", 50, VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2)).build();
    }

    @Test
    void aUnitStaysOnTheVariantTheFirstInstanceStoredAndBothCountItsExposures() throws Exception {
        try (Instance a = Instance.start("shared-assignments", definition("summarize", 100));
             Instance b = Instance.start("shared-assignments", definition("summarize", 100))) {
            Map<String, String> firstSeen = new HashMap<>();
            for (int unit = 0; unit < 200; unit++) {
                Assignment onA = a.experiments().assign("summarize", "user-" + unit);
                firstSeen.put("user-" + unit, onA.assigned().orElseThrow().id());
            }
            for (int unit = 0; unit < 200; unit++) {
                assertThat(b.experiments().assign("summarize", "user-" + unit).assigned().orElseThrow().id())
                        .isEqualTo(firstSeen.get("user-" + unit));
            }
            // the store, not the hash, decides: a value written by one instance is what the other serves
            a.stores().assignments(Duration.ofDays(30)).putIfAbsent("summarize:1:planted", "treatment");
            assertThat(b.experiments().assign("summarize", "planted").assigned().orElseThrow().id()).isEqualTo("treatment");

            long treatmentOnA = firstSeen.values().stream().filter("treatment"::equals).count();
            a.experiments().close();
            Map<String, Long> counts = b.experiments().status("summarize").exposures();
            assertThat(counts.get("treatment")).isEqualTo(2 * treatmentOnA + 1);
            assertThat(counts.get("control")).isEqualTo(2 * (200 - treatmentOnA));
        }
    }

    @Test
    void aKillOnOneInstanceStopsTheOtherWithinASecondAndAPauseTravelsToo() throws Exception {
        try (Instance a = Instance.start("shared-kill", definition("summarize", 100));
             Instance b = Instance.start("shared-kill", definition("summarize", 100))) {
            assertThat(b.experiments().assign("summarize", "u1")).isInstanceOf(Assignment.InExperiment.class);

            long killedAt = System.nanoTime();
            a.experiments().kill("summarize");
            assertThat(a.experiments().assign("summarize", "u1")).isEqualTo(
                    new Assignment.Excluded("summarize", ExclusionReason.KILLED));
            long stoppedAfterMillis = -1;
            while (System.nanoTime() - killedAt < Duration.ofSeconds(3).toNanos()) {
                if (b.experiments().assign("summarize", "u1").equals(
                        new Assignment.Excluded("summarize", ExclusionReason.KILLED))) {
                    stoppedAfterMillis = (System.nanoTime() - killedAt) / 1_000_000;
                    break;
                }
                Thread.sleep(5);
            }
            System.out.println("the other instance stopped assigning " + stoppedAfterMillis + " ms after the kill");
            assertThat(stoppedAfterMillis).as("ms until the other instance stopped assigning").isBetween(0L, 1000L);
            assertThat(b.experiments().status("summarize").state()).isEqualTo("killed");

            b.experiments().revive("summarize");
            b.experiments().pause("summarize", "paused on b");
            waitUntil(() -> a.experiments().assign("summarize", "u1")
                    .equals(new Assignment.Excluded("summarize", ExclusionReason.PAUSED)));
            assertThat(a.experiments().status("summarize").pause().orElseThrow().reason()).isEqualTo("paused on b");
            a.experiments().resume("summarize");
            waitUntil(() -> b.experiments().assign("summarize", "u1") instanceof Assignment.InExperiment);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 3 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}

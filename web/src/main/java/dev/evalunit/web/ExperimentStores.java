package dev.evalunit.web;

import dev.evalunit.bucketing.AssignmentStore;
import dev.evalunit.bucketing.metrics.EventSink;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.web.analysis.InMemoryEventLog;
import dev.evalunit.web.postgres.PostgresAnalysis;
import dev.evalunit.web.postgres.PostgresEventSink;
import dev.evalunit.web.redis.RedisStores;
import org.apiguardian.api.API;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Builds a {@link ServedExperiments} on the stores its settings name: Redis for sticky assignments, exposure
 * counts, the kill switch and pauses when a Redis URL is set (memory otherwise); PostgreSQL for events and
 * the analysis when a JDBC URL is set (memory otherwise). Each client library is needed only when its URL
 * is set.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExperimentStores {

    /**
     * @param redisUrl       e.g. {@code redis://127.0.0.1:6379}, or empty for memory
     * @param redisNamespace prefix of every Redis key
     * @param assignmentTtl  how long a sticky assignment lives in Redis (the source article: 30 days)
     * @param postgresUrl    e.g. {@code jdbc:postgresql://127.0.0.1:5432/app?user=app}, or empty for memory
     * @param batchSize      events per delivery (the source article: 100)
     * @param flushInterval  the longest an event waits (the source article: 5 s)
     * @param maxBuffered    events kept while the database is unreachable; the oldest beyond are dropped
     */
    public record StoreSettings(Optional<String> redisUrl, String redisNamespace, Duration assignmentTtl,
                           Optional<String> postgresUrl, int batchSize, Duration flushInterval, int maxBuffered) {

        public StoreSettings {
            Objects.requireNonNull(redisUrl, "redisUrl");
            Objects.requireNonNull(redisNamespace, "redisNamespace");
            Objects.requireNonNull(assignmentTtl, "assignmentTtl");
            Objects.requireNonNull(postgresUrl, "postgresUrl");
            Objects.requireNonNull(flushInterval, "flushInterval");
        }

        /** Memory only, the source article's batching, 30-day assignments, 100,000 buffered events. */
        public static StoreSettings inMemory() {
            return new StoreSettings(Optional.empty(), "evalunit", Duration.ofDays(30), Optional.empty(), 100,
                    Duration.ofSeconds(5), 100_000);
        }

        public StoreSettings withRedis(String url) {
            return new StoreSettings(Optional.of(url), redisNamespace, assignmentTtl, postgresUrl, batchSize, flushInterval,
                    maxBuffered);
        }

        public StoreSettings withAssignmentTtl(Duration value) {
            return new StoreSettings(redisUrl, redisNamespace, value, postgresUrl, batchSize, flushInterval, maxBuffered);
        }

        public StoreSettings withPostgres(String url) {
            return new StoreSettings(redisUrl, redisNamespace, assignmentTtl, Optional.of(url), batchSize, flushInterval,
                    maxBuffered);
        }
    }

    private ExperimentStores() {
    }

    /** Connects the stores; closing the result closes them. */
    public static ServedExperiments open(StoreSettings settings, Clock clock) {
        return settings.redisUrl().isPresent() ? withRedis(settings, clock) : withEvents(settings, clock,
                new InMemoryExperimentControl(), Optional.empty(), new InMemoryExposureCounter(), null);
    }

    private static ServedExperiments withRedis(StoreSettings settings, Clock clock) {
        RedisStores redis = new RedisStores(settings.redisUrl().orElseThrow(), settings.redisNamespace());
        return withEvents(settings, clock, redis.control(), Optional.of(redis.assignments(settings.assignmentTtl())),
                redis.exposures(), redis);
    }

    private static ServedExperiments withEvents(StoreSettings settings, Clock clock, ExperimentControl control,
                                                Optional<AssignmentStore> store,
                                                ExposureCounter exposures, AutoCloseable connection) {
        ServedExperiments served;
        if (settings.postgresUrl().isPresent()) {
            PostgresEventSink sink = new PostgresEventSink(settings.postgresUrl().get());
            PostgresAnalysis analysis = new PostgresAnalysis(settings.postgresUrl().get());
            served = new ServedExperiments(clock, control, store, exposures, Optional.of(recorder(sink, settings)), analysis)
                    .closing(sink).closing(analysis);
        } else {
            InMemoryEventLog log = new InMemoryEventLog();
            served = new ServedExperiments(clock, control, store, exposures, Optional.of(recorder(log, settings)), log);
        }
        return connection == null ? served : served.closing(connection);
    }

    private static MetricRecorder recorder(EventSink sink, StoreSettings settings) {
        return new MetricRecorder(sink, settings.batchSize(), settings.flushInterval(), settings.maxBuffered());
    }
}

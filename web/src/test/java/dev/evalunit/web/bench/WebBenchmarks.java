package dev.evalunit.web.bench;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.analysis.OnlineMetric;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.MetricEvent;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.web.ExperimentFilter;
import dev.evalunit.web.InMemoryExperimentControl;
import dev.evalunit.web.InMemoryExposureCounter;
import dev.evalunit.web.ServedExperiments;
import dev.evalunit.web.UnitIdResolver;
import dev.evalunit.web.analysis.ExperimentTotals;
import dev.evalunit.web.analysis.InMemoryEventLog;
import dev.evalunit.web.analysis.OnlineResults;
import dev.evalunit.web.postgres.PostgresAnalysis;
import dev.evalunit.web.postgres.PostgresEventSink;
import dev.evalunit.web.testing.JettyServer;
import dev.evalunit.web.testing.PostgresServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The web module's benchmarks (not tests: they print figures). Run one with
 * {@code mvn -B -pl web -am process-test-classes -Dbench.module=web -Dbench="<name> [args]"}:
 * <ul>
 *   <li>{@code filter-latency [requests/s] [seconds]} — the same endpoint with and without the filter,
 *       requests alternating between them at a fixed rate (open loop: latency counts from the scheduled send)</li>
 *   <li>{@code postgres-ingest [events]} — events per second through the recorder into PostgreSQL</li>
 *   <li>{@code analysis [events]} — the analysis's totals summed by PostgreSQL vs loading the events into memory</li>
 * </ul>
 */
public final class WebBenchmarks {

    private WebBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "" : args[0];
        switch (name) {
            case "filter-latency" -> filterLatency(arg(args, 1, 400), arg(args, 2, 30));
            case "postgres-ingest" -> postgresIngest(arg(args, 1, 1_000_000));
            case "analysis" -> analysis(arg(args, 1, 2_000_000));
            default -> throw new IllegalArgumentException("name a benchmark: filter-latency, postgres-ingest or analysis");
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** The endpoint both paths serve: a few bytes of text. */
    static final class Hello extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.getWriter().print("ok");
        }
    }

    private static void filterLatency(int rate, int seconds) throws Exception {
        ServedExperiments experiments = new ServedExperiments(Clock.systemUTC(), new InMemoryExperimentControl(),
                Optional.empty(), new InMemoryExposureCounter(),
                Optional.of(new MetricRecorder(new InMemoryEventLog(), 100, Duration.ofSeconds(5), 100_000)),
                new InMemoryEventLog());
        experiments.register(ExperimentDefinition.builder("summarize")
                .variant("control", 50, VariantConfig.of("openai:gpt-4o-mini"))
                .variant("treatment", 50, VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2)).build(),
                AnalysisPlan.ratingDefaults(), Optional.empty());
        try (JettyServer server = new JettyServer()
                .filter(new ExperimentFilter(experiments, UnitIdResolver.defaults()), "/api/*")
                .servlet(new Hello(), "/api/*").servlet(new Hello(), "/plain/*").start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            run(http, server, rate, 5);  // warm-up
            long[][] latencies = run(http, server, rate, seconds);
            System.out.printf(Locale.ROOT, "filter-latency: %d requests/s for %d s, half with the filter, half without%n",
                    rate, seconds);
            print("without filter", latencies[0]);
            print("with filter", latencies[1]);
        } finally {
            experiments.close();
        }
    }

    private static long[][] run(HttpClient http, JettyServer server, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long[][] latencies = {new long[total / 2 + 1], new long[total / 2 + 1]};
        int[] counts = new int[2];
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            int path = i % 2;
            long intended = start + i * periodNanos;
            HttpRequest request = HttpRequest.newBuilder(server.uri((path == 0 ? "/plain/x" : "/api/x")))
                    .header("Cookie", "evalunit_uid=user-" + (i % 5000)).build();
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenRun(() -> {
                long latency = System.nanoTime() - intended;
                synchronized (counts) {
                    latencies[path][counts[path]++] = latency;
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        return new long[][] {Arrays.copyOf(latencies[0], counts[0]), Arrays.copyOf(latencies[1], counts[1])};
    }

    private static void print(String label, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  %-15s n=%d p50=%.3f ms p99=%.3f ms%n", label, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
    }

    private static void postgresIngest(int events) throws Exception {
        try (PostgresServer postgres = PostgresServer.start();
             PostgresEventSink sink = new PostgresEventSink(postgres.jdbcUrl())) {
            sink.write(List.of(event(new SplittableRandom(1), 0)));  // connect and create the partition first
            MetricRecorder recorder = new MetricRecorder(sink, 1_000, Duration.ofMillis(100), events);
            SplittableRandom random = new SplittableRandom(7);
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                recorder.record(event(random, i));
            }
            recorder.close();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "postgres-ingest: %d events (batches of 1,000 via COPY) in %.2f s = %.0f "
                    + "events/s, dropped %d%n", recorder.delivered(), seconds, recorder.delivered() / seconds, recorder.dropped());
        }
    }

    private static MetricEvent event(SplittableRandom random, int i) {
        int unit = random.nextInt(20_000);
        Instant at = Instant.parse("2026-05-01T00:00:00Z").plusMillis(i * 7L);
        return new MetricEvent.Observed("bench", 1, unit % 2 == 0 ? "control" : "treatment", "u" + unit, at,
                new Outcome(OptionalDouble.of(200 + 800 * random.nextDouble()), random.nextInt(30) == 0,
                        random.nextInt(4) == 0 ? OptionalDouble.of(1 + random.nextInt(5)) : OptionalDouble.empty(),
                        OptionalDouble.of(0.0001 * (1 + random.nextInt(40))), Optional.empty()));
    }

    private static void analysis(int events) throws Exception {
        ExperimentDefinition definition = ExperimentDefinition.builder("bench")
                .variant("control", 50, VariantConfig.of("openai:gpt-4o-mini"))
                .variant("treatment", 50, VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2)).build();
        AnalysisPlan plan = new AnalysisPlan(OnlineMetric.LATENCY, 10, 10, 0.05, 100);
        try (PostgresServer postgres = PostgresServer.start();
             PostgresEventSink sink = new PostgresEventSink(postgres.jdbcUrl());
             PostgresAnalysis analysis = new PostgresAnalysis(postgres.jdbcUrl())) {
            SplittableRandom random = new SplittableRandom(11);
            List<MetricEvent> chunk = new ArrayList<>(100_000);
            for (int i = 0; i < events; i++) {
                chunk.add(event(random, i));
                if (chunk.size() == 100_000 || i == events - 1) {
                    sink.write(chunk);
                    chunk.clear();
                }
            }
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
                 Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE evalunit_events");
            }
            long sqlStart = System.nanoTime();
            ExperimentTotals inSql = analysis.totals("bench", 1);
            OnlineResults fromSql = OnlineResults.analyze(definition, inSql, plan);
            double sqlSeconds = (System.nanoTime() - sqlStart) / 1e9;

            long memoryStart = System.nanoTime();
            List<MetricEvent> loaded = load(postgres.jdbcUrl(), events);
            ExperimentTotals inMemory = InMemoryEventLog.totals(loaded, "bench", 1);
            OnlineResults fromMemory = OnlineResults.analyze(definition, inMemory, plan);
            double memorySeconds = (System.nanoTime() - memoryStart) / 1e9;
            System.out.printf(Locale.ROOT, "analysis of %d events: in PostgreSQL %.2f s; loading into memory and "
                            + "summing in Java %.2f s; decisions %s / %s%n", events, sqlSeconds, memorySeconds,
                    fromSql.treatments().get(0).decision(), fromMemory.treatments().get(0).decision());
        }
    }

    private static List<MetricEvent> load(String url, int expected) throws Exception {
        List<MetricEvent> events = new ArrayList<>(expected);
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(50_000);
                try (ResultSet rows = statement.executeQuery("SELECT experiment_id, phase, variant_id, unit_id, at, "
                        + "latency_ms, error, rating, cost_usd, success FROM evalunit_events WHERE kind = 1")) {
                    while (rows.next()) {
                        events.add(new MetricEvent.Observed(rows.getString(1), rows.getInt(2), rows.getString(3),
                                rows.getString(4), rows.getTimestamp(5).toInstant(), new Outcome(optional(rows, 6),
                                rows.getBoolean(7), optional(rows, 8), optional(rows, 9),
                                Optional.ofNullable((Boolean) rows.getObject(10)))));
                    }
                }
            }
        }
        return events;
    }

    private static OptionalDouble optional(ResultSet rows, int column) throws java.sql.SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}

package dev.evalunit.web;

import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.MetricRecorder;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.bucketing.safety.Guardrails;
import dev.evalunit.web.analysis.InMemoryEventLog;
import dev.evalunit.web.testing.JettyServer;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A service running one rated experiment with recorded outcomes, and its admin servlet in Jetty. */
final class AdminFixture implements AutoCloseable {

    static final String TOKEN = "test-admin-token-0123456789";

    final ServedExperiments experiments;
    final JettyServer server;

    AdminFixture(String name) throws Exception {
        InMemoryEventLog log = new InMemoryEventLog();
        experiments = new ServedExperiments(Clock.systemUTC(), new InMemoryExperimentControl(), Optional.empty(),
                new InMemoryExposureCounter(), Optional.of(new MetricRecorder(log, 100, Duration.ofSeconds(1), 10_000)),
                log);
        experiments.register(ExperimentDefinition.builder("summarize").name(name)
                        .variant("control", 50, VariantConfig.of("openai:gpt-4o-mini"))
                        .variant("treatment", 50, VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2)).build(),
                AnalysisPlan.ratingDefaults(), Optional.of(Guardrails.articleDefaults()));
        for (int unit = 0; unit < 400; unit++) {
            Assignment assignment = experiments.assign("summarize", "user-" + unit);
            if (assignment instanceof Assignment.InExperiment in) {
                boolean treated = in.variant().id().equals("treatment");
                experiments.recordOutcome(in, "user-" + unit, Outcome.served(400 + unit % 7, 0.002));
                experiments.recordOutcome(in, "user-" + unit, Outcome.rated(treated ? 4 + unit % 2 : 3 + unit % 3));
            }
        }
        server = new JettyServer().servlet(new AdminServlet(experiments, AdminAccess.bearerToken(TOKEN)), "/admin/*").start();
    }

    @Override
    public void close() throws Exception {
        server.close();
        experiments.close();
    }
}

package dev.evalunit.service;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.safety.Guardrails;
import dev.evalunit.web.AdminAccess;
import dev.evalunit.web.AdminServlet;
import dev.evalunit.web.ExperimentFiles;
import dev.evalunit.web.ExperimentFilter;
import dev.evalunit.web.ExperimentStores;
import dev.evalunit.web.ServedExperiments;
import dev.evalunit.web.UnitIdResolver;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The source article's service in Java on embedded Jetty: {@code POST /api/summarize} and
 * {@code POST /api/feedback} behind the assigning filter, and the admin endpoints and dashboard under
 * {@code /admin/}. Runs the offline winner as a 50/50 online experiment with the article's guardrails.
 */
public final class SummarizeService implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final ServedExperiments experiments;
    private final ExperimentDefinition definition;
    private final String adminToken;

    private SummarizeService(Server server, ServerConnector connector, ServedExperiments experiments,
                             ExperimentDefinition definition, String adminToken) {
        this.server = server;
        this.connector = connector;
        this.experiments = experiments;
        this.definition = definition;
        this.adminToken = adminToken;
    }

    public static void main(String[] args) throws Exception {
        ServiceOptions options;
        try {
            options = ServiceOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("summarize-service: " + e.getMessage());
            System.exit(2);
            return;
        }
        SummarizeService service = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "summarize-service-stop"));
        System.out.println("Running experiment '" + service.definition.id() + "' (variants "
                + service.definition.variants().stream().map(v -> v.id()).toList() + ") on "
                + (options.stores().redisUrl().isPresent() ? "Redis" : "memory") + " and "
                + (options.stores().postgresUrl().isPresent() ? "PostgreSQL" : "memory"));
        System.out.println("POST http://127.0.0.1:" + service.port() + "/api/summarize {\"text\": \"...\"}");
        System.out.println("Dashboard: http://127.0.0.1:" + service.port() + "/admin/"
                + (options.adminToken().isPresent() ? " (token from EVALUNIT_ADMIN_TOKEN)" : "#token=" + service.adminToken));
        service.server.join();
    }

    /** Starts the service; {@link #close()} stops it and flushes its events. */
    public static SummarizeService start(ServiceOptions options) throws Exception {
        // a demonstration: its model is offline without a key, and so are the example suite's verdicts
        ExperimentDefinition definition = ExperimentFiles.read(options.experiment().orElse(bundledWinner()),
                ExperimentDefinition.Allow.SIMULATED);
        String token = options.adminToken().orElseGet(SummarizeService::randomToken);
        ServedExperiments experiments = ExperimentStores.open(options.stores(), Clock.systemUTC());
        experiments.register(definition, AnalysisPlan.ratingDefaults(), Optional.of(Guardrails.articleDefaults()));

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new ExperimentFilter(experiments, UnitIdResolver.defaults())), "/api/*",
                EnumSet.of(DispatcherType.REQUEST));
        ChatModels models = new ChatModels(options.environment());
        context.addServlet(new ServletHolder(new SummarizeServlet(experiments, models, definition.id(),
                definition.control().config())), "/api/summarize");
        context.addServlet(new ServletHolder(new FeedbackServlet(experiments, definition.id())), "/api/feedback");
        context.addServlet(new ServletHolder(new AdminServlet(experiments, AdminAccess.bearerToken(token))), "/admin/*");
        server.setHandler(context);
        server.start();
        return new SummarizeService(server, connector, experiments, definition, token);
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The experiment it runs. */
    public ExperimentDefinition definition() {
        return definition;
    }

    /** The admin bearer token. */
    public String adminToken() {
        return adminToken;
    }

    /** The experiments, as the admin endpoints see them. */
    public ServedExperiments experiments() {
        return experiments;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("stopping Jetty failed: " + e.getMessage(), e);
        } finally {
            experiments.close();
        }
    }

    /** The copy of the example suite's winner.json that ships with the service, as a file. */
    private static Path bundledWinner() throws IOException {
        Path dir = Files.createTempDirectory("summarize-service");
        Path file = dir.resolve("winner.json");
        try (InputStream in = SummarizeService.class.getResourceAsStream("exp_summarize_v2.winner.json")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }

    private static String randomToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

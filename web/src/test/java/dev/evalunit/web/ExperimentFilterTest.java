package dev.evalunit.web;

import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.web.analysis.InMemoryEventLog;
import dev.evalunit.web.testing.JettyServer;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter in a real servlet container: unit from principal, header or cookie, and the typed accessor. */
class ExperimentFilterTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private ServedExperiments experiments;
    private JettyServer server;

    /** Answers "unit variant model" from the request's assignments. */
    static final class EchoServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            RequestAssignments assignments = RequestAssignments.of(request);
            Assignment assignment = assignments.get("summarize");
            String variant = assignment.assigned().map(v -> v.id()).orElse("excluded");
            VariantConfig config = assignments.config("summarize", VariantConfig.of("openai:fallback"));
            response.getWriter().print(assignments.unitId() + " " + variant + " " + config.model());
        }
    }

    /** Logs "alice" in when the request asks for it, as an application's security would. */
    static final class FakeLogin extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, jakarta.servlet.FilterChain chain)
                throws IOException, jakarta.servlet.ServletException {
            if (request.getHeader("X-Login") == null) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public Principal getUserPrincipal() {
                    return () -> request.getHeader("X-Login");
                }
            }, response);
        }
    }

    @BeforeEach
    void start() throws Exception {
        experiments = new ServedExperiments(Clock.systemUTC(), new InMemoryExperimentControl(), Optional.empty(),
                new InMemoryExposureCounter(), Optional.empty(), new InMemoryEventLog());
        experiments.register(ExperimentDefinition.builder("summarize")
                .variant("control", 50, VariantConfig.of("openai:gpt-4o-mini"))
                .variant("treatment", 50, VariantConfig.of("openai:gpt-4o")).build(), AnalysisPlan.ratingDefaults(),
                Optional.empty());
        server = new JettyServer().filter(new FakeLogin(), "/*")
                .filter(new ExperimentFilter(experiments, new UnitIdResolver(Optional.of("X-User-Id"), "uid",
                        Duration.ofDays(30))), "/api/*")
                .servlet(new EchoServlet(), "/api/*").servlet(new EchoServlet(), "/unfiltered").start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        experiments.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFirstVisitGetsAPersistentCookieAndKeepsItsVariantOnReturn() throws Exception {
        HttpResponse<String> first = get("/api/summarize");
        assertThat(first.statusCode()).isEqualTo(200);
        String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("uid=").containsIgnoringCase("Max-Age=2592000")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Path=/");
        String unit = setCookie.substring(4, setCookie.indexOf(';'));
        assertThat(first.body()).startsWith(unit + " ");
        String variant = first.body().split(" ")[1];
        assertThat(variant).isIn("control", "treatment");
        for (int visit = 0; visit < 5; visit++) {
            HttpResponse<String> again = get("/api/summarize", "Cookie", "uid=" + unit);
            assertThat(again.body()).startsWith(unit + " " + variant + " ");
            assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(experiments.status("summarize").exposures().get(variant)).isEqualTo(6);
    }

    @Test
    void thePrincipalWinsOverTheHeaderWhichWinsOverTheCookie() throws Exception {
        assertThat(get("/api/x", "X-User-Id", "user-42", "Cookie", "uid=abc").body()).startsWith("user-42 ");
        assertThat(get("/api/x", "X-Login", "alice", "X-User-Id", "user-42").body()).startsWith("alice ");
        assertThat(get("/api/x", "Cookie", "uid=abc").body()).startsWith("abc ");
        // a cookie that is not one of ours is replaced, not trusted
        HttpResponse<String> forged = get("/api/x", "Cookie", "uid=<script>");
        assertThat(forged.headers().firstValue("Set-Cookie")).isPresent();
        assertThat(forged.body()).doesNotContain("<script>");
    }

    @Test
    void theConfigFollowsTheVariantAndAKilledExperimentFallsBack() throws Exception {
        String body = get("/api/x", "X-User-Id", "u7").body();
        String variant = body.split(" ")[1];
        assertThat(body).endsWith(variant.equals("control") ? "openai:gpt-4o-mini" : "openai:gpt-4o");
        experiments.kill("summarize");
        assertThat(get("/api/x", "X-User-Id", "u7").body()).isEqualTo("u7 excluded openai:fallback");
    }

    @Test
    void aHandlerTheFilterDidNotRunForIsToldHowToMapIt() throws Exception {
        HttpResponse<String> response = get("/unfiltered");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(new RequestAssignments("u", java.util.Map.of()).get("other"))
                .isEqualTo(new Assignment.Excluded("other", dev.evalunit.bucketing.ExclusionReason.UNKNOWN_EXPERIMENT));
    }
}

package dev.evalunit.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The admin endpoints and dashboard, mapped to {@code /admin/*} (any prefix works):
 * <ul>
 *   <li>{@code GET /} — the dashboard page (no data in it; it calls the endpoints below with the token)</li>
 *   <li>{@code GET /experiments} — every experiment: state, phase, traffic, rollout stage, guardrails, exposures</li>
 *   <li>{@code GET /experiments/{id}/results} — per-variant metrics, comparisons, SRM and the decision</li>
 *   <li>{@code POST /experiments/{id}/pause|resume|kill|revive} — the controls</li>
 * </ul>
 * Everything but the page requires {@link AdminAccess}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String JSON = "application/json";

    private final transient ServedExperiments experiments;
    private final transient AdminAccess access;
    private final byte[] dashboard;

    public AdminServlet(ServedExperiments experiments, AdminAccess access) {
        this.experiments = Objects.requireNonNull(experiments, "experiments");
        this.access = Objects.requireNonNull(access, "access");
        try (InputStream in = AdminServlet.class.getResourceAsStream("dashboard.html")) {
            this.dashboard = Objects.requireNonNull(in, "dashboard.html is missing from the jar").readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read dashboard.html from the jar", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 0) {
            response.setContentType("text/html;charset=utf-8");
            response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; "
                    + "style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(dashboard);
            return;
        }
        if (!authorized(request, response)) {
            return;
        }
        if (path.length == 1 && path[0].equals("experiments")) {
            json(response, 200, AdminJson.experiments(experiments.ids().stream().sorted(Comparator.naturalOrder())
                    .map(experiments::status).toList()));
        } else if (path.length == 3 && path[0].equals("experiments") && path[2].equals("results")) {
            known(path[1], response, () -> json(response, 200, AdminJson.results(experiments.results(path[1]))));
        } else {
            json(response, 404, AdminJson.error("no such admin resource: GET " + request.getPathInfo()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request, response)) {
            return;
        }
        String[] path = segments(request);
        if (path.length != 3 || !path[0].equals("experiments")) {
            json(response, 404, AdminJson.error("no such admin action: POST " + request.getPathInfo()));
            return;
        }
        String id = path[1];
        Runnable action = switch (path[2]) {
            case "kill" -> () -> experiments.kill(id);
            case "revive" -> () -> experiments.revive(id);
            case "pause" -> () -> experiments.pause(id, "paused from the admin endpoint");
            case "resume" -> () -> experiments.resume(id);
            default -> null;
        };
        if (action == null) {
            json(response, 404, AdminJson.error("unknown action '" + path[2] + "'; use pause, resume, kill or revive"));
            return;
        }
        known(id, response, () -> {
            action.run();
            json(response, 200, AdminJson.experiments(List.of(experiments.status(id))));
        });
    }

    private interface Reply {
        void send() throws IOException;
    }

    private void known(String id, HttpServletResponse response, Reply reply) throws IOException {
        if (!experiments.contains(id)) {
            json(response, 404, AdminJson.error("no experiment '" + id + "' is running here"));
            return;
        }
        reply.send();
    }

    private boolean authorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (access.allows(request)) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        json(response, 401, AdminJson.error("admin credentials required"));
        return false;
    }

    private static String[] segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/", -1);
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}

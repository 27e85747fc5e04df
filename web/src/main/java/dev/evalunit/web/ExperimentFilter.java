package dev.evalunit.web;

import dev.evalunit.bucketing.Assignment;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apiguardian.api.API;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The source article's middleware as a Servlet filter: resolves the request's unit, assigns it to every
 * experiment the service runs, and hands the result to the handler as {@link RequestAssignments}. Depends on
 * the Servlet API only.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExperimentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient ServedExperiments experiments;
    private final transient UnitIdResolver units;

    public ExperimentFilter(ServedExperiments experiments, UnitIdResolver units) {
        this.experiments = Objects.requireNonNull(experiments, "experiments");
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String unitId = units.resolve(request, response);
        Map<String, Assignment> assignments = new HashMap<>();
        for (String experimentId : experiments.ids()) {
            assignments.put(experimentId, experiments.assign(experimentId, unitId));
        }
        request.setAttribute(RequestAssignments.ATTRIBUTE, new RequestAssignments(unitId, assignments));
        chain.doFilter(request, response);
    }
}

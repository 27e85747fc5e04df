package dev.evalunit.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.web.RequestAssignments;
import dev.evalunit.web.ServedExperiments;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code POST /api/feedback {"rating": 1..5}}: the user's rating of the summary, recorded for their variant. */
final class FeedbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedExperiments experiments;
    private final String experimentId;

    FeedbackServlet(ServedExperiments experiments, String experimentId) {
        this.experiments = experiments;
        this.experimentId = experimentId;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int rating;
        try {
            JsonNode field = JsonBodies.read(request).get("rating");
            if (field == null || !field.isInt() || field.asInt() < 1 || field.asInt() > 5) {
                throw new JsonBodies.BadRequest("field 'rating' must be a whole number from 1 to 5");
            }
            rating = field.asInt();
        } catch (JsonBodies.BadRequest e) {
            JsonBodies.error(response, 400, e.getMessage());
            return;
        }
        RequestAssignments assignments = RequestAssignments.of(request);
        Assignment assignment = assignments.get(experimentId);
        if (assignment instanceof Assignment.InExperiment in) {
            experiments.recordOutcome(in, assignments.unitId(), Outcome.rated(rating));
        }
        boolean recorded = assignment instanceof Assignment.InExperiment;
        JsonBodies.write(response, 200, JsonBodies.MAPPER.createObjectNode().put("recorded", recorded));
    }
}

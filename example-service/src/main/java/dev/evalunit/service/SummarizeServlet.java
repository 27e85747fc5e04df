package dev.evalunit.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.metrics.Outcome;
import dev.evalunit.web.RequestAssignments;
import dev.evalunit.web.ServedExperiments;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code POST /api/summarize {"text": "..."}}: the source article's endpoint. Runs the unit's variant config
 * (the fallback config when the unit is not in the experiment), records latency or failure for the
 * variant, and answers {@code {"summary", "experimentId", "variant"}}.
 */
final class SummarizeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_TEXT = 20_000;

    private final transient ServedExperiments experiments;
    private final transient ChatModels models;
    private final String experimentId;
    private final transient VariantConfig fallback;

    SummarizeServlet(ServedExperiments experiments, ChatModels models, String experimentId, VariantConfig fallback) {
        this.experiments = experiments;
        this.models = models;
        this.experimentId = experimentId;
        this.fallback = fallback;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text;
        try {
            JsonNode body = JsonBodies.read(request);
            JsonNode field = body.get("text");
            if (field == null || !field.isTextual() || field.asText().isBlank() || field.asText().length() > MAX_TEXT) {
                throw new JsonBodies.BadRequest("field 'text' must be a non-blank string of at most " + MAX_TEXT
                        + " characters");
            }
            text = field.asText();
        } catch (JsonBodies.BadRequest e) {
            JsonBodies.error(response, 400, e.getMessage());
            return;
        }
        RequestAssignments assignments = RequestAssignments.of(request);
        Assignment assignment = assignments.get(experimentId);
        VariantConfig config = assignment.configOr(fallback);
        long start = System.nanoTime();
        ChatResponse answer;
        try {
            answer = models.forConfig(config).chat(ChatRequest.builder().messages(messages(config, text)).build());
        } catch (RuntimeException e) {
            record(assignment, assignments.unitId(), Outcome.failed(millisSince(start)));
            JsonBodies.error(response, 502, "the model call failed: " + e.getClass().getSimpleName());
            return;
        }
        record(assignment, assignments.unitId(), new Outcome(OptionalDouble.of(millisSince(start)), false,
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty()));
        ObjectNode reply = JsonBodies.MAPPER.createObjectNode().put("summary", answer.aiMessage().text())
                .put("experimentId", experimentId);
        assignment.assigned().ifPresentOrElse(v -> reply.put("variant", v.id()), () -> reply.putNull("variant"));
        reply.put("offline", models.offline(config));
        JsonBodies.write(response, 200, reply);
    }

    private static List<ChatMessage> messages(VariantConfig config, String text) {
        List<ChatMessage> messages = new ArrayList<>();
        config.systemPrompt().ifPresent(system -> messages.add(SystemMessage.from(system)));
        messages.add(UserMessage.from(config.promptTemplate().orElse("{{text}}").replace("{{text}}", text)));
        return messages;
    }

    private void record(Assignment assignment, String unitId, Outcome outcome) {
        if (assignment instanceof Assignment.InExperiment in) {
            experiments.recordOutcome(in, unitId, outcome);
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}

package dev.evalunit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalunit.bucketing.VariantDefinition;
import dev.evalunit.web.analysis.OnlineResults;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The JSON bodies of the admin endpoints. */
final class AdminJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AdminJson() {
    }

    static String experiments(List<ExperimentStatus> statuses) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("experiments");
        for (ExperimentStatus status : statuses) {
            ObjectNode node = list.addObject();
            node.put("id", status.definition().id());
            node.put("name", status.definition().name());
            node.put("state", status.state());
            node.put("phase", status.definition().phase());
            node.put("mode", status.definition().mode().name().toLowerCase(Locale.ROOT));
            node.put("trafficPercent", status.definition().targetPercent());
            status.pause().ifPresent(p -> node.putObject("pause").put("reason", p.reason()).put("at", p.at().toString()));
            status.rollout().ifPresent(r -> {
                ObjectNode rollout = node.putObject("rollout");
                rollout.put("winner", r.winnerVariantId());
                rollout.put("stage", status.rolloutStage().orElse(-1));
                ArrayNode stages = rollout.putArray("stagePercents");
                r.stages().forEach(s -> stages.add(s.percent()));
            });
            status.guardrails().ifPresent(g -> {
                ObjectNode guardrails = node.putObject("guardrails");
                guardrails.put("minSamples", g.minSamples());
                optional(guardrails, "maxErrorRate", g.maxErrorRate());
                optional(guardrails, "maxLatencyP95Millis", g.maxLatencyP95Millis());
                optional(guardrails, "minMeanRating", g.minMeanRating());
                guardrails.put("breached", status.pause().map(p -> p.reason().startsWith("guardrail")).orElse(false));
            });
            ArrayNode variants = node.putArray("variants");
            for (VariantDefinition variant : status.definition().variants()) {
                variants.addObject().put("id", variant.id()).put("name", variant.name()).put("weight", variant.weight())
                        .put("model", variant.config().model())
                        .put("exposures", status.exposures().getOrDefault(variant.id(), 0L));
            }
        }
        return write(root);
    }

    static String results(OnlineResults results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("experimentId", results.experimentId());
        root.put("phase", results.phase());
        ArrayNode arms = root.putArray("variants");
        for (OnlineResults.Arm arm : results.arms()) {
            ObjectNode node = arms.addObject();
            node.put("id", arm.variantId());
            node.put("assignedUnits", arm.assignedUnits());
            ObjectNode metrics = node.putObject("metrics");
            arm.metrics().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
                ObjectNode m = metrics.putObject(e.getKey().name());
                m.put("units", e.getValue().units());
                m.put("observations", e.getValue().observations());
                finite(m, "mean", e.getValue().mean());
                finite(m, "standardError", e.getValue().standardError());
            });
        }
        results.sampleRatio().ifPresent(srm -> root.putObject("sampleRatio").put("chiSquare", srm.chiSquare())
                .put("pValue", srm.pValue()).put("mismatch", srm.mismatch()));
        ArrayNode treatments = root.putArray("treatments");
        for (OnlineResults.Treatment treatment : results.treatments()) {
            ObjectNode node = treatments.addObject();
            node.put("id", treatment.variantId());
            node.put("decision", treatment.decision().name());
            node.put("reason", treatment.reason());
            ArrayNode comparisons = node.putArray("comparisons");
            for (OnlineResults.OnlineDifference c : treatment.comparisons()) {
                ObjectNode cn = comparisons.addObject();
                cn.put("metric", c.metric().name());
                finite(cn, "difference", c.difference());
                finite(cn, "ciLow", c.ciLow());
                finite(cn, "ciHigh", c.ciHigh());
                finite(cn, "pValue", c.pValue());
            }
        }
        return write(root);
    }

    static String error(String message) {
        return write(MAPPER.createObjectNode().put("error", message));
    }

    private static void optional(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        }
    }

    private static void finite(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}

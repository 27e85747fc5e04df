package dev.evalunit.bucketing.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalunit.stats.SequentialState;
import dev.evalunit.stats.Summary;
import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The JSON body of a results endpoint (the source article's {@code /admin/experiments/:id/results}) with no
 * web framework: per-variant figures, the sample-ratio check and each treatment's comparisons and decision.
 * Infinite interval ends (before any look) are written as {@code null}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExperimentResultsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentResultsJson() {
    }

    public static String toJson(ExperimentResults results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("experimentId", results.experimentId());
        root.put("phase", results.phase());
        root.put("decisionRule", results.plan().ruleText());
        var variants = root.putArray("variants");
        for (VariantResults v : results.variants()) {
            ObjectNode node = variants.addObject();
            node.put("variantId", v.variantId());
            node.put("units", v.units());
            node.put("requests", v.requests());
            node.put("errorRate", v.errorRate());
            summary(node, "latencyMillis", v.latency());
            summary(node, "rating", v.rating());
            node.put("totalCostUsd", v.totalCostUsd());
            if (v.meanCostUsd().isPresent()) {
                node.put("meanCostUsd", v.meanCostUsd().getAsDouble());
            }
            if (v.successTrials() > 0) {
                node.put("successRate", v.successes() / (double) v.successTrials());
            }
        }
        results.sampleRatio().ifPresent(srm -> {
            ObjectNode node = root.putObject("sampleRatio");
            node.put("chiSquare", srm.chiSquare());
            node.put("pValue", srm.pValue());
            node.put("mismatch", srm.mismatch());
        });
        var treatments = root.putArray("treatments");
        for (TreatmentResults t : results.treatments()) {
            ObjectNode node = treatments.addObject();
            node.put("variantId", t.variantId());
            node.put("decision", t.decision().name());
            node.put("reason", t.reason());
            SequentialState s = t.sequential();
            ObjectNode sequential = node.putObject("sequential");
            sequential.put("looks", s.looks());
            sequential.put("pValue", s.pValue());
            finite(sequential, "ciLow", s.ciLow());
            finite(sequential, "ciHigh", s.ciHigh());
            t.cuped().ifPresent(c -> {
                ObjectNode cn = node.putObject("cuped");
                cn.put("theta", c.theta());
                cn.put("varianceReduction", c.varianceReduction());
                cn.put("difference", c.adjusted().difference());
                finite(cn, "ciLow", c.adjusted().ciLow());
                finite(cn, "ciHigh", c.adjusted().ciHigh());
                finite(cn, "pValue", c.adjusted().pValue());
            });
            var comparisons = node.putArray("comparisons");
            for (OnlineComparison c : t.comparisons()) {
                ObjectNode cn = comparisons.addObject();
                cn.put("metric", c.metric().name());
                cn.put("test", c.test());
                cn.put("control", c.control());
                cn.put("treatment", c.treatment());
                cn.put("difference", c.difference());
                finite(cn, "ciLow", c.ciLow());
                finite(cn, "ciHigh", c.ciHigh());
                finite(cn, "pValue", c.pValue());
                cn.put("controlUnits", c.controlUnits());
                cn.put("treatmentUnits", c.treatmentUnits());
                finite(cn, "pValueWorse", c.pValueWorse());
                finite(cn, "adjustedPValue", c.adjustedPValue());
                c.lift().ifPresent(lift -> {
                    ObjectNode ln = cn.putObject("lift");
                    finite(ln, "estimate", lift.estimate());
                    finite(ln, "ciLow", lift.ciLow());
                    finite(ln, "ciHigh", lift.ciHigh());
                });
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void summary(ObjectNode parent, String field, Optional<Summary> summary) {
        summary.ifPresent(s -> {
            ObjectNode node = parent.putObject(field);
            node.put("count", s.count());
            node.put("mean", s.mean());
            node.put("sd", s.sd());
            node.put("median", s.median());
            node.put("p25", s.p25());
            node.put("p75", s.p75());
            node.put("p95", s.p95());
        });
    }

    private static void finite(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}

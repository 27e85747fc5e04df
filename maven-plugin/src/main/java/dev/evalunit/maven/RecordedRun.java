package dev.evalunit.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code evalunit:check} needs from one run's {@code summary.json}; read as a JSON tree, so the plugin
 * depends on the run file format only, not on the engine.
 *
 * @param directory   the run directory
 * @param suiteId     the suite
 * @param runId       the run
 * @param gates       how many gates the run checked
 * @param failedGates each failed gate as {@code name (STATUS): message}
 * @param failedCases each variant that failed cases, as {@code variant: n of m cases failed}
 * @param decisions   each decision of the comparison, as {@code variant: OUTCOME}
 * @param partial     why the run was partial, when it was
 */
record RecordedRun(Path directory, String suiteId, String runId, int gates, List<String> failedGates,
                   List<String> failedCases, List<String> decisions, Optional<String> partial) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** @throws IOException naming the file when it is not a run summary */
    static RecordedRun read(Path summaryFile) throws IOException {
        JsonNode summary = MAPPER.readTree(summaryFile.toFile());
        if (summary == null || !summary.hasNonNull("suiteId") || !summary.hasNonNull("runId")) {
            throw new IOException(summaryFile + " is not an EvalUnit run summary (no suiteId or runId)");
        }
        List<String> gates = new ArrayList<>();
        for (JsonNode gate : summary.path("gates")) {
            String status = gate.path("status").asText();
            boolean passed = status.equals("PASSED")
                    || status.equals("INCONCLUSIVE") && gate.path("allowInconclusive").asBoolean();
            if (!passed) {
                gates.add(gate.path("name").asText() + " (" + status + "): " + gate.path("message").asText());
            }
        }
        List<String> cases = new ArrayList<>();
        for (JsonNode variant : summary.path("variants")) {
            int failed = variant.path("casesFailed").asInt();
            if (failed > 0) {
                cases.add(variant.path("variantId").asText() + ": " + failed + " of "
                        + (failed + variant.path("casesPassed").asInt()) + " cases failed");
            }
        }
        List<String> decisions = new ArrayList<>();
        for (JsonNode decision : summary.path("comparison").path("decisions")) {
            decisions.add(decision.path("variantId").asText() + " " + decision.path("outcome").asText());
        }
        return new RecordedRun(summaryFile.getParent(), summary.get("suiteId").asText(), summary.get("runId").asText(),
                summary.path("gates").size(), gates, cases, decisions,
                summary.hasNonNull("partial") ? Optional.of(summary.get("partial").asText()) : Optional.empty());
    }

    /** What fails the build in this run under a setting. */
    List<String> failures(FailOn failOn) {
        List<String> failures = new ArrayList<>();
        if (failOn.gates()) {
            failedGates.forEach(g -> failures.add(suiteId + " gate " + g));
        }
        if (failOn.cases()) {
            failedCases.forEach(c -> failures.add(suiteId + " " + c));
        }
        return failures;
    }

    /**
     * The console block closing a build: the suite and run, then its decision, gates and cases, and the file://
     * path of its report, one a line.
     */
    List<String> block() {
        return List.of(suiteId + " [" + runId + "]",
                "  decision  " + partial.orElseGet(() -> decisions.isEmpty() ? "no comparison"
                        : String.join(", ", decisions)),
                "  gates     " + (gates == 0 ? "none" : failedGates.isEmpty() ? "all " + gates + " passed"
                        : failedGates.size() + " of " + gates + " failed: " + String.join("; ", failedGates)),
                "  cases     " + (failedCases.isEmpty() ? "every case passed" : String.join(", ", failedCases)),
                "  report    " + directory.resolve("report.html").toUri());
    }
}

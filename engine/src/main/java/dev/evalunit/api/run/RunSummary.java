package dev.evalunit.api.run;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A finished run of one suite: the content of {@code summary.json}.
 *
 * @param schemaVersion the file format version ({@link #SCHEMA_VERSION} when written by this engine)
 * @param suiteId       the suite
 * @param suiteName     its display name
 * @param source        where the suite was defined ({@code classpath:}, {@code file:} or {@code class:} URI)
 * @param runId         the run
 * @param startedAt     ISO-8601 instant the suite started
 * @param finishedAt    ISO-8601 instant the suite finished
 * @param repeats       repeats per case
 * @param passRate      the share of repeats that must pass for a case to pass
 * @param passed        whether every case of every variant passed and every gate let the build pass
 * @param variants      each variant's summary, in suite order
 * @param comparison    the suite's {@code compare} result, when the suite has a {@code compare} block
 * @param gates         each gate's result, in suite order (empty, and absent from the JSON, when the suite has no gates)
 * @param findings      the suite-level scorers' findings (confusion matrices, pairwise verdicts, judge noise,
 *                      calibration), in declaration order; empty, and absent from the JSON, when there are none
 * @param providerNotes what the run's environment said about providers the suite used, by provider id (for
 *                      instance that their models were simulated); empty, and absent from the JSON, when nothing
 * @param partial       why the run is partial (a subset of the suite's variants or cases ran, so comparison, gates
 *                      and export were skipped and {@code latest} was left alone); absent for a full run
 * @param earlyStop     how the anytime-valid early stop ended the run, when it was on; absent otherwise
 * @param plan          the run plan made before the first call (calls, tokens, cost, wall time); absent in files
 *                      written before plans existed
 * @param adaptiveRepeats how adaptive repeats spent the run's calls, when they were on; absent otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunSummary(int schemaVersion, String suiteId, String suiteName, String source, String runId,
                         String startedAt, String finishedAt, int repeats, double passRate, boolean passed,
                         List<VariantSummary> variants, Optional<Comparison> comparison,
                         List<GateResult> gates,
                         List<SuiteFinding> findings,
                         Map<String, String> providerNotes,
                         Optional<String> partial, Optional<EarlyStopResult> earlyStop,
                         Optional<RunPlan> plan, Optional<AdaptiveRepeatsResult> adaptiveRepeats) {

    /** The {@code summary.json} and {@code results.jsonl} format this engine writes. */
    public static final int SCHEMA_VERSION = 1;

    public RunSummary {
        Objects.requireNonNull(suiteId, "suiteId");
        Objects.requireNonNull(suiteName, "suiteName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        comparison = Objects.requireNonNullElse(comparison, Optional.empty());
        gates = List.copyOf(Objects.requireNonNullElse(gates, List.of()));
        // a reader leaves findings of a kind it does not know as null: newer files stay readable
        findings = Objects.requireNonNullElse(findings, List.<SuiteFinding>of()).stream().filter(Objects::nonNull)
                .toList();
        providerNotes = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(providerNotes,
                Map.<String, String>of())));
        partial = Objects.requireNonNullElse(partial, Optional.empty());
        earlyStop = Objects.requireNonNullElse(earlyStop, Optional.empty());
        plan = Objects.requireNonNullElse(plan, Optional.empty());
        adaptiveRepeats = Objects.requireNonNullElse(adaptiveRepeats, Optional.empty());
    }

    /** A run without an early stop or a plan. */
    public RunSummary(int schemaVersion, String suiteId, String suiteName, String source, String runId,
                      String startedAt, String finishedAt, int repeats, double passRate, boolean passed,
                      List<VariantSummary> variants, Optional<Comparison> comparison, List<GateResult> gates,
                      List<SuiteFinding> findings, Map<String, String> providerNotes, Optional<String> partial) {
        this(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats, passRate, passed,
                variants, comparison, gates, findings, providerNotes, partial, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A full run. */
    public RunSummary(int schemaVersion, String suiteId, String suiteName, String source, String runId,
                      String startedAt, String finishedAt, int repeats, double passRate, boolean passed,
                      List<VariantSummary> variants, Optional<Comparison> comparison, List<GateResult> gates,
                      List<SuiteFinding> findings, Map<String, String> providerNotes) {
        this(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats, passRate, passed,
                variants, comparison, gates, findings, providerNotes, Optional.empty());
    }

    /** A run without provider notes. */
    public RunSummary(int schemaVersion, String suiteId, String suiteName, String source, String runId,
                      String startedAt, String finishedAt, int repeats, double passRate, boolean passed,
                      List<VariantSummary> variants, Optional<Comparison> comparison, List<GateResult> gates,
                      List<SuiteFinding> findings) {
        this(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats, passRate, passed,
                variants, comparison, gates, findings, Map.of());
    }

    /** A run without suite-level findings. */
    public RunSummary(int schemaVersion, String suiteId, String suiteName, String source, String runId,
                      String startedAt, String finishedAt, int repeats, double passRate, boolean passed,
                      List<VariantSummary> variants, Optional<Comparison> comparison, List<GateResult> gates) {
        this(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats, passRate, passed,
                variants, comparison, gates, List.of(), Map.of());
    }

    /** A run without comparison and gates. */
    public RunSummary(int schemaVersion, String suiteId, String suiteName, String source, String runId,
                      String startedAt, String finishedAt, int repeats, double passRate, boolean passed,
                      List<VariantSummary> variants) {
        this(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats, passRate, passed,
                variants, Optional.empty(), List.of(), List.of(), Map.of());
    }

    /** The judges' scores, errors, tokens and cost over every variant of the run. */
    public JudgeTotals judges() {
        return variants.stream().map(VariantSummary::judges).reduce(JudgeTotals.NONE, JudgeTotals::plus);
    }

    /** This summary with the comparison and gate results added after the variants ran. */
    public RunSummary withDecisions(Optional<Comparison> newComparison, List<GateResult> newGates, boolean nowPassed) {
        return new RunSummary(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats,
                passRate, nowPassed, variants, newComparison, newGates, findings, providerNotes, partial, earlyStop, plan,
                adaptiveRepeats);
    }

    /** This summary with the suite-level scorers' findings. */
    public RunSummary withFindings(List<SuiteFinding> newFindings) {
        return new RunSummary(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats,
                passRate, passed, variants, comparison, gates, newFindings, providerNotes, partial, earlyStop, plan,
                adaptiveRepeats);
    }

    /** This summary with the notes on the providers the suite used. */
    public RunSummary withProviderNotes(Map<String, String> newProviderNotes) {
        return new RunSummary(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats,
                passRate, passed, variants, comparison, gates, findings, newProviderNotes, partial, earlyStop, plan,
                adaptiveRepeats);
    }

    /** This summary with the plan made before the run's first call. */
    public RunSummary withPlan(RunPlan newPlan) {
        return new RunSummary(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats,
                passRate, passed, variants, comparison, gates, findings, providerNotes, partial, earlyStop,
                Optional.of(newPlan), adaptiveRepeats);
    }

    /** This summary of a run of a subset of the suite, with the reason it is partial. */
    public RunSummary withPartial(String reason) {
        return new RunSummary(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats,
                passRate, passed, variants, comparison, gates, findings, providerNotes, Optional.of(reason), earlyStop, plan,
                adaptiveRepeats);
    }

    /** This summary of a run that had the anytime-valid early stop on, with how it ended. */
    public RunSummary withEarlyStop(EarlyStopResult result) {
        return new RunSummary(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats,
                passRate, passed, variants, comparison, gates, findings, providerNotes, partial, Optional.of(result), plan,
                adaptiveRepeats);
    }

    /** This summary of a run that had adaptive repeats on, with how they spent its calls. */
    public RunSummary withAdaptiveRepeats(AdaptiveRepeatsResult result) {
        return new RunSummary(schemaVersion, suiteId, suiteName, source, runId, startedAt, finishedAt, repeats,
                passRate, passed, variants, comparison, gates, findings, providerNotes, partial, earlyStop, plan,
                Optional.of(result));
    }
}

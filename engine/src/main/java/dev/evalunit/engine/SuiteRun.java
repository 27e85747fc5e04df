package dev.evalunit.engine;

import dev.evalunit.api.run.FinishedRun;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.run.RunInProgress;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.spi.RunListener;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.api.spi.SuiteScoring;
import dev.evalunit.api.spi.ScoringContext;
import dev.evalunit.api.run.VariantSummary;
import dev.evalunit.engine.decision.Observations;
import dev.evalunit.engine.decision.RunDecisions;
import dev.evalunit.engine.decision.WinnerExport;
import dev.evalunit.engine.progress.ProgressPrinter;
import dev.evalunit.engine.progress.SuiteProgress;
import dev.evalunit.engine.suite.BuiltInMetric;
import dev.evalunit.engine.suite.CompareSpec;
import dev.evalunit.engine.suite.ExportSpec;
import dev.evalunit.engine.suite.PathConfinement;
import dev.evalunit.engine.suite.Generator;
import dev.evalunit.engine.suite.Suite;
import dev.evalunit.engine.suite.SuiteCase;
import dev.evalunit.engine.suite.SuiteVariant;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One suite's run. It submits the calls of the selected cases ahead of JUnit's reporting order, up to a
 * window of calls, so the scheduler keeps many in flight while memory stays bounded; each sample is
 * scored and journaled as soon as it completes. Cases are awaited in tree order; when the suite compares
 * or gates, each case's values are kept for the decisions. The summary (with the decisions),
 * {@code winner.json}, the run listeners and the {@code latest} pointer follow the last case.
 */
final class SuiteRun {

    private final RunEnvironment environment;
    private final Suite suite;
    private final Path directory;
    private final String runId;
    private final Optional<ResumedRun> resumed;
    private final RunJournal journal;
    private final CaseJournal caseJournal;
    private final SuiteLevelScoring suiteLevel;
    private final SampleScoring scoring;
    private final ModelClient client;
    private final ModelClient judgeClient;
    private final UsedProviders used;
    private final SuiteProgress progress;
    private Optional<ProgressPrinter> printer = Optional.empty();
    private Instant nextInterimReport;
    private final List<CaseDescriptor> plan;
    private final RunSelection selection;
    private final Map<UniqueId, Integer> order = new HashMap<>();
    private final Map<UniqueId, CompletableFuture<List<ScoredSample>>> submitted = new HashMap<>();
    private final Map<String, VariantTally> tallies = new LinkedHashMap<>();
    private final Observations observations;
    private final Instant started;
    private final int window;
    private final Optional<EarlyStop> earlyStop;
    /** With the early stop: submitted cases, in plan order, not yet handed to it. */
    private final Deque<Map.Entry<CaseDescriptor, CompletableFuture<List<ScoredSample>>>> unrecorded =
            new ArrayDeque<>();
    private final Optional<AdaptiveRepeats> adaptive;
    private int next;
    private int pendingCalls;
    private RunDecisions decisions;
    private List<SuiteFinding> findings;

    private SuiteRun(RunEnvironment environment, Suite suite, Path directory, Optional<ResumedRun> resumed,
                     List<CaseDescriptor> treeOrder) throws IOException {
        this.environment = environment;
        this.suite = suite;
        this.directory = directory;
        this.runId = directory.getFileName().toString();
        this.resumed = resumed;
        this.selection = RunSelection.of(suite, treeOrder);
        var configuration = environment.configuration();
        this.earlyStop = selection.partial().isEmpty() && configuration.getBoolean(Constants.EARLY_STOP).orElse(false)
                ? suite.decisions().compare().map(spec -> new EarlyStop(spec,
                        suite.variants().stream().map(v -> v.variant().id()).toList()))
                : Optional.empty();
        this.adaptive = earlyStop.isEmpty() && configuration.getBoolean(Constants.ADAPTIVE_REPEATS).orElse(false)
                ? Optional.of(new AdaptiveRepeats(suite.decisions().compare().map(CompareSpec::primary)
                        .orElse(BuiltInMetric.PASS_RATE.metric()), suite.repeats(),
                        configuration.get(Constants.ADAPTIVE_REPEATS_MAX, Integer::parseInt)
                                .orElse(Constants.ADAPTIVE_REPEATS_MAX_FACTOR * suite.repeats())))
                : Optional.empty();
        if (earlyStop.isPresent() && configuration.getBoolean(Constants.ADAPTIVE_REPEATS).orElse(false)) {
            System.err.println("evalunit " + suite.id() + ": " + Constants.ADAPTIVE_REPEATS + " is off while "
                    + Constants.EARLY_STOP + " is on; every case gets the suite's repeats");
        }
        this.plan = earlyStop.isEmpty() ? treeOrder : EarlyStop.inRandomCaseOrder(treeOrder,
                configuration.get(Constants.COMPARE_SEED, Long::parseLong).orElse(Constants.COMPARE_SEED_DEFAULT));
        this.started = environment.clock().instant();
        int executionWindow = configuration.get(Constants.EXECUTION_WINDOW, Integer::parseInt)
                .orElse(Constants.EXECUTION_WINDOW_DEFAULT);
        this.window = earlyStop.isEmpty() ? executionWindow : Math.min(executionWindow,
                configuration.get(Constants.EARLY_STOP_WINDOW, Integer::parseInt)
                        .orElse(Constants.EARLY_STOP_WINDOW_DEFAULT));
        this.journal = new RunJournal(directory, environment.files(), environment.mask(), resumed.isPresent());
        this.caseJournal = new CaseJournal(directory, environment.files(), environment.mask(),
                resumed.map(ResumedRun::caseIds).orElse(Set.of()));
        this.suiteLevel = new SuiteLevelScoring(suite.scorers(), suite.cases().stream().map(SuiteCase::testCase).toList());
        this.used = new UsedProviders(environment.client());
        // the plan: every selected (variant, case) pair, each repeated
        this.progress = new SuiteProgress((long) treeOrder.size() * suite.repeats(), environment.progress().budgetUsd(),
                environment.clock());
        ModelClient suiteClient = suite.inProcessModels().isEmpty() ? used
                : new SuiteModels(suite.inProcessModels(), used);
        this.client = progress.metered(suiteClient, false);
        this.judgeClient = progress.metered(suiteClient, true);
        this.nextInterimReport = environment.progress().reportInterval().map(started::plus).orElse(Instant.MAX);
        this.scoring = new SampleScoring(suite.scorers(), scoringContext());
        for (int i = 0; i < plan.size(); i++) {
            order.put(plan.get(i).getUniqueId(), i);
        }
        suite.variants().forEach(v -> tallies.put(v.variant().id(), new VariantTally(v.variant())));
        this.observations = new Observations(suite.cases().stream().map(c -> c.testCase().id()).toList());
    }

    static SuiteRun start(RunEnvironment environment, SuiteDescriptor descriptor) throws IOException {
        List<CaseDescriptor> plan = new ArrayList<>();
        for (TestDescriptor variant : descriptor.getChildren()) {
            variant.getChildren().forEach(c -> plan.add((CaseDescriptor) c));
        }
        Suite suite = descriptor.suite();
        Path suiteDirectory = Files.createDirectories(
                PathConfinement.runDirectory(environment.output(), suite.id(), environment.runId()).getParent());
        Optional<Path> interrupted = ResumedRun.wanted(environment.configuration()::get)
                ? ResumedRun.find(suiteDirectory) : Optional.empty();
        if (environment.configuration().getBoolean(Constants.EARLY_STOP).orElse(false)
                && suite.decisions().compare().isEmpty()) {
            System.err.println("evalunit " + suite.id() + ": " + Constants.EARLY_STOP
                    + " is on, but the suite has no compare block to decide on; every case runs");
        }
        Optional<ResumedRun> resumed = interrupted.isPresent()
                ? Optional.of(ResumedRun.open(interrupted.get(), environment.files())) : Optional.empty();
        Path directory = interrupted.isPresent() ? interrupted.get() : newRunDirectory(suiteDirectory, environment.runId());
        SuiteRun run = new SuiteRun(environment, suite, directory, resumed, plan);
        run.printer = environment.progress().lineInterval().map(interval -> ProgressPrinter.start(suite.id(), interval,
                () -> run.progress.snapshot(environment.providerWatch().read()), System.out,
                entry -> environment.junit().reportingEntryPublished(descriptor, entry)));
        if (run.adaptive.isEmpty()) {
            run.fill(-1);
        }
        return run;
    }

    private static Path newRunDirectory(Path suiteDirectory, String runId) throws IOException {
        Path directory = suiteDirectory.resolve(runId);
        for (int clash = 2; Files.exists(directory); clash++) {
            directory = suiteDirectory.resolve(runId + "-" + clash);
        }
        return Files.createDirectories(directory);
    }

    /** Waits for a case's repeats (submitting it now if it was not yet) and adds it to its variant's tally. */
    CaseOutcome await(CaseDescriptor descriptor) {
        CompletableFuture<List<ScoredSample>> repeats;
        synchronized (this) {
            if (adaptive.isPresent() && submitted.isEmpty() && next == 0) {
                // the repeats depend on how every case's first round came out, so they all run before the first report
                adaptive.get().run(plan, (pair, repeat) -> submitRepeat(pair.variant(), pair.testCase(), repeat))
                        .forEach((id, samples) -> submitted.put(id, CompletableFuture.completedFuture(samples)));
                next = plan.size();
            } else if (earlyStop.isEmpty() && adaptive.isEmpty()) {
                fill(order.get(descriptor.getUniqueId()));
                pendingCalls -= suite.repeats();
                fill(-1);
            }
            repeats = submitted.remove(descriptor.getUniqueId());
        }
        List<ScoredSample> samples = repeats.join();
        String variantId = descriptor.variant().variant().id();
        CaseOutcome outcome = CaseOutcome.of(variantId, descriptor.testCase().testCase().id(), samples,
                suite.passRate());
        tallies.get(variantId).add(samples, outcome.summary());
        caseJournal.write(descriptor.testCase().testCase());
        if (suite.decisions().any() || suiteLevel.any()) {
            List<SampleRecord> records = samples.stream()
                    .map(s -> SampleRecord.of(suite.id(), runId, s.sample(), s.scores(), s.passed()))
                    .toList();
            if (suite.decisions().any()) {
                observations.add(variantId, outcome.summary().caseId(), outcome.summary().passed(), records);
            }
            if (suiteLevel.any()) {
                suiteLevel.add(variantId, outcome.summary().caseId(), records);
            }
        }
        reportProgressIfDue();
        return outcome;
    }

    /**
     * Whether a case runs. Without the early stop every case does. With it, the run hands completed cases to the
     * stop condition in plan order and submits more as the window frees, until this case is submitted (it runs)
     * or the stop is reached first (it is skipped).
     */
    synchronized boolean runs(CaseDescriptor descriptor) {
        if (earlyStop.isEmpty()) {
            return true;
        }
        int position = order.get(descriptor.getUniqueId());
        while (position >= next) {
            fill(-1);
            if (position < next || earlyStop.get().reached()) {
                break;
            }
            var oldest = unrecorded.removeFirst();
            CaseDescriptor done = oldest.getKey();
            earlyStop.get().record(done.variant().variant().id(), done.testCase().testCase().id(),
                    oldest.getValue().join());
            pendingCalls -= suite.repeats();
        }
        return position < next;
    }

    /** Why a case did not run: the early stop's decision, in one sentence. */
    String skipReason() {
        return "early stop: the primary metric's decision was reached under an anytime-valid confidence sequence"
                + " before this case was needed";
    }

    String suiteName() {
        return suite.name();
    }

    /** Why this run is partial, when it covers fewer than all of the suite's variant × case pairs. */
    Optional<String> partial() {
        return selection.partial();
    }

    /**
     * The suite-level scorers' findings, computed once after every variant ran (judge calls go through the
     * run's client, so the scheduler and the cache); their per-case metric values join the observations.
     */
    synchronized List<SuiteFinding> findings() {
        if (findings == null && selection.partial().isPresent()) {
            findings = List.of();
        }
        if (findings == null) {
            List<String> variantIds = suite.variants().stream().map(v -> v.variant().id()).toList();
            String baseline = suite.decisions().compare().map(CompareSpec::baseline).orElse(variantIds.get(0));
            SuiteScoring scored = suiteLevel.any() ? suiteLevel.score(variantIds, baseline, scoringContext())
                    : SuiteScoring.of(List.of());
            if (suite.decisions().any()) {
                scored.values().forEach(v -> observations.add(v.variantId(), v.caseId(), v.metric(), v.value()));
            }
            findings = scored.findings();
        }
        return findings;
    }

    private ScoringContext scoringContext() {
        return () -> judgeClient;
    }

    /** The comparison and gate results, computed once from the cases that ran (after the suite-level scorers). */
    synchronized RunDecisions decisions() {
        findings();
        if (decisions == null) {
            var configuration = environment.configuration();
            decisions = RunDecisions.compute(suite.decisions(),
                    suite.variants().stream().map(v -> v.variant().id()).toList(), observations, clusterKeys(),
                    suite.repeats(),
                    configuration.get(Constants.COMPARE_BOOTSTRAP_RESAMPLES, Integer::parseInt)
                            .orElse(Constants.COMPARE_BOOTSTRAP_RESAMPLES_DEFAULT),
                    configuration.get(Constants.COMPARE_SEED, Long::parseLong).orElse(Constants.COMPARE_SEED_DEFAULT),
                    findings());
        }
        return decisions;
    }

    /**
     * Submits cases in plan order: every case up to {@code through}, then more while the window has room. With the
     * early stop, no case starts once the stop is reached, and a case's variants are submitted together.
     */
    private void fill(int through) {
        while (next < plan.size() && (next <= through || pendingCalls + suite.repeats() <= window
                || pendingCalls == 0 || continuesCase())) {
            if (earlyStop.isPresent() && !continuesCase() && earlyStop.get().reached()) {
                return;
            }
            CaseDescriptor descriptor = plan.get(next++);
            CompletableFuture<List<ScoredSample>> repeats = submit(descriptor.variant(), descriptor.testCase());
            submitted.put(descriptor.getUniqueId(), repeats);
            if (earlyStop.isPresent()) {
                unrecorded.addLast(new AbstractMap.SimpleImmutableEntry<>(descriptor, repeats));
            }
            pendingCalls += suite.repeats();
        }
    }

    /** With the early stop: whether the next planned pair belongs to the case submitted last. */
    private boolean continuesCase() {
        return earlyStop.isPresent() && next > 0 && next < plan.size()
                && plan.get(next).testCase().testCase().id().equals(plan.get(next - 1).testCase().testCase().id());
    }

    private CompletableFuture<List<ScoredSample>> submit(SuiteVariant variant, SuiteCase testCase) {
        List<CompletableFuture<ScoredSample>> repeats = new ArrayList<>(suite.repeats());
        for (int repeat = 0; repeat < suite.repeats(); repeat++) {
            repeats.add(submitRepeat(variant, testCase, repeat));
        }
        return CompletableFuture.allOf(repeats.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> repeats.stream().map(CompletableFuture::join).toList());
    }

    /** One repeat of a pair: its journaled sample when resuming, else a generation, scored and journaled. */
    private CompletableFuture<ScoredSample> submitRepeat(SuiteVariant variant, SuiteCase testCase, int repeat) {
        Optional<ScoredSample> journaled = resumed.flatMap(run ->
                run.sample(variant.variant().id(), testCase.testCase().id(), repeat));
        if (journaled.isPresent()) {
            return CompletableFuture.completedFuture(journaled.get());
        }
        Generator.Generation generation = start(variant, testCase, repeat);
        return Samples.of(variant.variant().id(), testCase.testCase().id(), repeat, generation.fingerprint(),
                        progress.generation(generation.response()))
                .thenCompose(sample -> scoring.score(sample, testCase.testCase(), variant.variant()))
                .thenApply(this::journaled);
    }

    /** Starts one generation; a generator that throws still yields its one (error) sample. */
    private Generator.Generation start(SuiteVariant variant, SuiteCase testCase, int repeat) {
        try {
            return variant.generator().start(variant.variant(), testCase.testCase(), repeat, client,
                    environment.application());
        } catch (RuntimeException e) {
            return new Generator.Generation("unavailable", CompletableFuture.failedFuture(e));
        }
    }

    private ScoredSample journaled(ScoredSample scored) {
        journal.write(SampleRecord.of(suite.id(), runId, scored.sample(), scored.scores(),
                scored.passed()));
        progress.scored();
        return scored;
    }

    /**
     * Closes the journal, writes {@code summary.json} and tells the listeners; a full run then exports the
     * winner and becomes the suite's {@code latest}, while a partial run is marked partial instead.
     */
    void finish() throws Exception {
        stopProgress();
        journal.close();
        caseJournal.close();
        RunSummary summary = casesSoFar();
        boolean passed = summary.passed();
        Optional<String> partial = selection.partial();
        if (partial.isPresent()) {
            summary = summary.withPartial(partial.get());
        } else if (suite.decisions().any()) {
            RunDecisions decided = decisions();
            summary = summary.withDecisions(decided.comparison(), decided.gates(), passed && decided.gatesPassed());
        }
        summary = summary.withFindings(findings()).withProviderNotes(environment.providerNotes(used.ids()));
        if (earlyStop.isPresent()) {
            long perCase = (long) suite.variants().size() * suite.repeats();
            summary = summary.withEarlyStop(earlyStop.get().result(next / suite.variants().size(),
                    suite.cases().size(), perCase * suite.cases().size(), (long) next * suite.repeats()));
        }
        if (adaptive.isPresent() && adaptive.get().result() != null) {
            summary = summary.withAdaptiveRepeats(adaptive.get().result());
        }
        environment.files().writeSummary(directory, summary);
        if (environment.mask().applyTo(directory.resolve(RunFiles.SUMMARY))) {
            summary = environment.files().readSummary(directory);
        }
        if (suite.decisions().export().isPresent() && summary.comparison().isPresent()) {
            export(suite.decisions().export().get(), summary);
        }
        FinishedRun run = new FinishedRun(summary, directory, environment.listenerSettings());
        for (RunListener listener : environment.listeners()) {
            listener.runFinished(run);
        }
        if (partial.isEmpty()) {
            environment.files().markLatest(directory.getParent(), directory.getFileName().toString());
        }
    }

    /** Prints the last progress line and stops the printer; also when the suite ends before {@link #finish}. */
    void stopProgress() {
        printer.ifPresent(ProgressPrinter::close);
    }

    /** The summary of the cases reported so far, without decisions or findings. */
    private RunSummary casesSoFar() {
        List<VariantSummary> variants = tallies.values().stream().map(VariantTally::summary)
                .filter(v -> v.samples() > 0).toList();
        return new RunSummary(RunSummary.SCHEMA_VERSION, suite.id(), suite.name(), suite.key(),
                directory.getFileName().toString(), started.toString(), environment.clock().instant().toString(),
                suite.repeats(), suite.passRate(), variants.stream().allMatch(v -> v.casesFailed() == 0), variants);
    }

    /**
     * Hands the run so far to the listeners when the report interval has passed (on the engine's thread, between
     * two cases, so the tallies hold still and no interim file can land after the final one).
     */
    private void reportProgressIfDue() {
        Instant now = environment.clock().instant();
        if (now.isBefore(nextInterimReport) || environment.listeners().isEmpty()) {
            return;
        }
        nextInterimReport = now.plus(environment.progress().reportInterval().orElseThrow());
        caseJournal.flush();
        RunInProgress run = new RunInProgress(casesSoFar().withProviderNotes(environment.providerNotes(used.ids())),
                progress.snapshot(environment.providerWatch().current()), directory, environment.listenerSettings());
        for (RunListener listener : environment.listeners()) {
            try {
                listener.runInProgress(run);
            } catch (Exception e) {
                System.err.println("evalunit " + suite.id() + ": " + listener.getClass().getName()
                        + " could not take the run in progress: " + e.getMessage());
            }
        }
    }

    /** Each case's cluster (a case without one is its own), when any case names a cluster. */
    private Optional<List<String>> clusterKeys() {
        if (suite.cases().stream().noneMatch(c -> c.testCase().cluster().isPresent())) {
            return Optional.empty();
        }
        return Optional.of(suite.cases().stream()
                .map(c -> c.testCase().cluster().map(k -> "cluster:" + k).orElse("case:" + c.testCase().id()))
                .toList());
    }

    private void export(ExportSpec spec, RunSummary summary) throws IOException {
        var configuration = environment.configuration();
        WinnerExport export = new WinnerExport(spec);
        List<Path> written = export.write(export.winner(summary.comparison().orElseThrow(),
                        suite.variants().stream().map(SuiteVariant::variant).toList(), suite.id(), summary.runId(),
                        suite.repeats(), WinnerExport.gitCommit(configuration.get(Constants.EXPORT_GIT_COMMIT)),
                        environment.clock().instant()),
                directory, configuration.get(Constants.EXPORT_PATH).or(spec::path)
                        .map(environment.paths()::exportTarget));
        for (Path file : written) {
            environment.mask().applyTo(file);
        }
    }
}

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
import dev.evalunit.api.run.HistoryEntry;
import dev.evalunit.api.Variant;
import dev.evalunit.api.run.RunPlan;
import dev.evalunit.engine.decision.Observations;
import dev.evalunit.engine.decision.OneVariableAtATime;
import dev.evalunit.engine.decision.RunDecisions;
import dev.evalunit.engine.decision.WinnerExport;
import dev.evalunit.engine.progress.ProgressPrinter;
import dev.evalunit.engine.progress.SuiteProgress;
import dev.evalunit.engine.shard.Shard;
import dev.evalunit.engine.suite.BuiltInMetric;
import dev.evalunit.engine.suite.CompareSpec;
import dev.evalunit.engine.suite.ExportSpec;
import dev.evalunit.engine.suite.PathConfinement;
import dev.evalunit.engine.suite.Generator;
import dev.evalunit.engine.suite.Suite;
import dev.evalunit.engine.suite.SuiteCase;
import dev.evalunit.engine.suite.SuiteVariant;
import dev.evalunit.engine.provider.UsedProviders;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.FileEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * One suite's run. It submits the calls of the selected cases in the {@link ExecutionOrder} (case by case,
 * each case's variants and repeats shuffled; recorded in {@code order.json}), up to a window of calls ahead
 * of the case JUnit reports, so the scheduler keeps many in flight while memory stays bounded; each sample is
 * scored and journaled as soon as it completes. Cases are awaited in tree order; when the suite compares
 * or gates, each case's values are kept for the decisions. The summary (with the decisions),
 * {@code winner.json}, the run listeners and the {@code latest} pointer follow the last case.
 */
final class SuiteRun {

    /** The file that records the run's execution order. */
    static final String ORDER_FILE = "order.json";

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
    private final Optional<Shard> shard;
    private final Map<UniqueId, Integer> entries = new HashMap<>();
    private final ExecutionOrder order;
    private final List<CompletableFuture<ScoredSample>[]> submitted;
    /** Each variant's tally, guarded by this run's lock (cases may be awaited on several threads). */
    private final Map<String, VariantTally> tallies = new LinkedHashMap<>();
    private final Observations observations;
    private final Instant started;
    private final int window;
    private final Optional<EarlyStop> earlyStop;
    /** With the early stop: submitted cases, in plan order, not yet handed to it. */
    private final Deque<Map.Entry<CaseDescriptor, CompletableFuture<List<ScoredSample>>>> unrecorded =
            new ArrayDeque<>();
    private final Optional<AdaptiveRepeats> adaptive;
    /** With adaptive repeats: every pair's samples, once all rounds ran, until JUnit reports the pair. */
    private Map<UniqueId, List<ScoredSample>> adaptiveSamples;
    private int next;
    private final RunPlan runPlan;
    private int frontier = -1;
    private RunDecisions decisions;
    private List<SuiteFinding> findings;

    private SuiteRun(RunEnvironment environment, Suite suite, Path directory, Optional<ResumedRun> resumed,
                     List<CaseDescriptor> treeOrder, Optional<Shard> shard) throws IOException {
        this.environment = environment;
        this.suite = suite;
        this.directory = directory;
        this.runId = directory.getFileName().toString();
        this.resumed = resumed;
        this.shard = shard;
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
        this.runPlan = environment.planner().plan(suite, treeOrder);
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
        this.submitted = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            entries.put(plan.get(i).getUniqueId(), i);
            submitted.add(null);
        }
        this.order = executionOrder(environment, plan, suite.repeats());
        order.write(directory.resolve(ORDER_FILE), plan.stream().map(c -> c.variant().variant().id()).toList(),
                plan.stream().map(c -> c.testCase().testCase().id()).toList());
        suite.variants().forEach(v -> tallies.put(v.variant().id(), new VariantTally(v.variant())));
        this.observations = new Observations(suite.cases().stream().map(c -> c.testCase().id()).toList());
        observations.excludeLatencies(order.warmUpCases());
    }

    private static ExecutionOrder executionOrder(RunEnvironment environment, List<CaseDescriptor> plan, int repeats) {
        var configuration = environment.configuration();
        return ExecutionOrder.of(
                configuration.get(Constants.EXECUTION_ORDER, ExecutionOrder.Mode::parse)
                        .orElse(ExecutionOrder.Mode.INTERLEAVED),
                plan.stream().map(c -> c.testCase().testCase().id()).toList(), repeats,
                configuration.get(Constants.EXECUTION_SEED, Long::parseLong)
                        .orElseGet(() -> ThreadLocalRandom.current().nextLong()),
                configuration.get(Constants.EXECUTION_WARM_UP, Integer::parseInt)
                        .orElse(Constants.EXECUTION_WARM_UP_DEFAULT));
    }

    static SuiteRun start(RunEnvironment environment, SuiteDescriptor descriptor) throws IOException {
        List<CaseDescriptor> plan = descriptor.selectedCases();
        Suite suite = descriptor.suite();
        Path suiteDirectory = Files.createDirectories(
                PathConfinement.runDirectory(environment.output(), suite.id(), environment.runId()).getParent());
        Optional<List<Path>> shards = ShardedRuns.shardsToMerge(environment.configuration());
        Optional<Path> interrupted = shards.isEmpty() && ResumedRun.wanted(environment.configuration()::get)
                ? ResumedRun.find(suiteDirectory) : Optional.empty();
        Path directory = interrupted.isPresent() ? interrupted.get() : newRunDirectory(suiteDirectory, environment.runId());
        if (shards.isPresent()) {
            // a merge finishes like a resumed run whose journals hold every sample
            ShardedRuns.merge(suite, shards.get(), directory);
            interrupted = Optional.of(directory);
        }
        if (environment.configuration().getBoolean(Constants.EARLY_STOP).orElse(false)
                && suite.decisions().compare().isEmpty()) {
            System.err.println("evalunit " + suite.id() + ": " + Constants.EARLY_STOP
                    + " is on, but the suite has no compare block to decide on; every case runs");
        }
        Optional<ResumedRun> resumed = interrupted.isPresent()
                ? Optional.of(ResumedRun.open(interrupted.get(), environment.files())) : Optional.empty();
        Optional<Shard> shard = ShardedRuns.shard(environment.configuration());
        if (shard.isPresent()) {
            ShardedRuns.writeManifest(suite, shard.get(), directory);
        }
        SuiteRun run = new SuiteRun(environment, suite, directory, resumed, plan, shard);
        run.printer = environment.progress().lineInterval().map(interval -> ProgressPrinter.start(suite.id(), interval,
                () -> run.progress.snapshot(environment.providerWatch().read()), System.out,
                entry -> environment.junit().reportingEntryPublished(descriptor, entry)));
        // the connections preflight began to open while this run was set up: the first calls find them open
        environment.preflight().awaitWarmUp();
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
        List<ScoredSample> samples = repeatsOf(descriptor).join();
        String variantId = descriptor.variant().id();
        CaseOutcome outcome = CaseOutcome.of(variantId, descriptor.testCase().id(), samples,
                suite.passRate());
        synchronized (this) {
            tallies.get(variantId).add(samples, outcome.summary());
        }
        caseJournal.write(descriptor.testCase());
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

    /** A pair's repeats, submitting the calls it waits for (and a window beyond) when they are not yet. */
    private synchronized CompletableFuture<List<ScoredSample>> repeatsOf(CaseDescriptor descriptor) {
        if (adaptive.isPresent()) {
            if (adaptiveSamples == null) {
                // the repeats depend on how every case's first round came out, so they all run before the first report
                adaptiveSamples = new HashMap<>(adaptive.get().run(plan,
                        (pair, repeat) -> submit(pair.variant(), pair.testCase(), repeat)));
            }
            return CompletableFuture.completedFuture(adaptiveSamples.remove(descriptor.getUniqueId()));
        }
        int entry = entries.get(descriptor.getUniqueId());
        fill(order.lastPosition(entry));
        return joined(submitted.set(entry, null));
    }

    /** One future for all of a pair's repeats, in repeat order. */
    private static CompletableFuture<List<ScoredSample>> joined(CompletableFuture<ScoredSample>[] repeats) {
        return CompletableFuture.allOf(repeats)
                .thenApply(ignored -> Arrays.stream(repeats).map(CompletableFuture::join).toList());
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
        int position = order.lastPosition(entries.get(descriptor.getUniqueId()));
        while (position >= next) {
            fill(-1);
            if (position < next || earlyStop.get().reached() || unrecorded.isEmpty()) {
                break;
            }
            var oldest = unrecorded.removeFirst();
            CaseDescriptor done = oldest.getKey();
            earlyStop.get().record(done.variant().variant().id(), done.testCase().testCase().id(),
                    oldest.getValue().join());
            // the window counts from the last pair handed to the stop condition
            frontier = Math.max(frontier, order.lastPosition(entries.get(done.getUniqueId())));
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
        return selection.partial().map(reason -> shard.map(s -> "shard " + s + ", merge the shards for the decisions; "
                + reason).orElse(reason));
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
            scored.judges().forEach((variant, totals) -> tallies.get(variant).addJudges(totals));
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
            List<Variant> variants = suite.variants().stream().map(SuiteVariant::variant).toList();
            decisions = new RunDecisions(decisions.comparison().map(c -> OneVariableAtATime.annotate(c, variants)),
                    decisions.gates());
        }
        return decisions;
    }

    /**
     * Submits calls in execution order: every call up to position {@code through}, and up to a window of calls
     * beyond the furthest position asked for so far. With the early stop, no case starts once the stop is reached,
     * and a pair whose calls are all submitted waits, in submission order, to be handed to the stop condition.
     */
    @SuppressWarnings("unchecked")
    private void fill(int through) {
        frontier = Math.max(frontier, through);
        List<ExecutionOrder.Call> calls = order.calls();
        while (next < calls.size() && next <= frontier + window) {
            ExecutionOrder.Call call = calls.get(next);
            if (earlyStop.isPresent() && startsCase(call) && earlyStop.get().reached()) {
                return;
            }
            next++;
            CompletableFuture<ScoredSample>[] repeats = submitted.get(call.entry());
            if (repeats == null) {
                repeats = new CompletableFuture[suite.repeats()];
                submitted.set(call.entry(), repeats);
            }
            CaseDescriptor descriptor = plan.get(call.entry());
            repeats[call.repeat()] = submit(descriptor.variant(), descriptor.testCase(), call.repeat());
            if (earlyStop.isPresent() && order.lastPosition(call.entry()) == next - 1) {
                unrecorded.addLast(new AbstractMap.SimpleImmutableEntry<>(descriptor, joined(repeats)));
            }
        }
    }

    /** Whether a call is the first of a case not submitted yet. */
    private boolean startsCase(ExecutionOrder.Call call) {
        return next == 0 || !plan.get(order.calls().get(next - 1).entry()).testCase().testCase().id()
                .equals(plan.get(call.entry()).testCase().testCase().id());
    }

    /** One repeat of a pair: its journaled sample when resuming, else a generation, scored and journaled. */
    private CompletableFuture<ScoredSample> submit(SuiteVariant variant, SuiteCase testCase, int repeat) {
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
     * Closes the journal, writes {@code summary.json}, exports the winner and tells the listeners, publishing the
     * files they wrote (also when the export fails, before that failure ends the suite); a full run then becomes
     * the suite's {@code latest}, while a partial run is marked partial instead.
     */
    void finish(Consumer<FileEntry> published) throws Exception {
        stopProgress();
        journal.close();
        caseJournal.close();
        findings(); // before the variant summaries: suite-level judges add to their judge totals
        RunSummary summary = casesSoFar();
        boolean passed = summary.passed();
        Optional<String> partial = partial();
        if (partial.isPresent()) {
            summary = summary.withPartial(partial.get());
        } else if (suite.decisions().any()) {
            RunDecisions decided = decisions();
            summary = summary.withDecisions(decided.comparison(), decided.gates(), passed && decided.gatesPassed());
        }
        summary = summary.withFindings(findings()).withProviderNotes(environment.providerNotes(used.ids()))
                .withPlan(runPlan);
        if (earlyStop.isPresent()) {
            long perCase = (long) suite.variants().size() * suite.repeats();
            summary = summary.withEarlyStop(earlyStop.get().result((int) (next / perCase),
                    suite.cases().size(), perCase * suite.cases().size(), next));
        }
        if (adaptive.isPresent() && adaptive.get().result() != null) {
            summary = summary.withAdaptiveRepeats(adaptive.get().result());
        }
        environment.files().writeSummary(directory, summary);
        if (environment.mask().applyTo(directory.resolve(RunFiles.SUMMARY))) {
            summary = environment.files().readSummary(directory);
        }
        // a run that cannot export (no evidence: every call failed) still gets its report, then fails
        RuntimeException exportFailure = null;
        if (suite.decisions().export().isPresent() && summary.comparison().isPresent()) {
            try {
                export(suite.decisions().export().get(), summary);
            } catch (IllegalStateException e) {
                exportFailure = e;
            }
        }
        if (partial.isEmpty()) {
            appendHistory(summary);
        }
        FinishedRun run = new FinishedRun(summary, directory, environment.listenerSettings());
        for (RunListener listener : environment.listeners()) {
            listener.runFinished(run);
            listener.filesWritten(run).stream().filter(Files::isRegularFile)
                    .forEach(file -> published.accept(FileEntry.from(file, mediaType(file))));
        }
        if (exportFailure != null) {
            throw exportFailure;
        }
        if (partial.isEmpty()) {
            environment.files().markLatest(directory.getParent(), directory.getFileName().toString());
        }
    }

    /** Appends the full run's line per variant to the suite's history, before the listeners draw the trend. */
    private void appendHistory(RunSummary summary) throws IOException {
        var configuration = environment.configuration();
        if (configuration.getBoolean(Constants.HISTORY).orElse(true)) {
            environment.files().appendHistory(directory.getParent(), HistoryEntry.of(summary,
                    WinnerExport.gitCommit(configuration.get(Constants.HISTORY_COMMIT)
                            .or(() -> configuration.get(Constants.EXPORT_GIT_COMMIT)))));
        }
    }

    /** The media type of a file a listener wrote, by its name; {@code null} (none) for a name not known here. */
    private static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") ? "text/html" : name.endsWith(".md") ? "text/markdown"
                : name.endsWith(".json") ? "application/json" : null;
    }

    /** Prints the last progress line and stops the printer; also when the suite ends before {@link #finish}. */
    void stopProgress() {
        printer.ifPresent(ProgressPrinter::close);
    }

    /** The summary of the cases reported so far, without decisions or findings; read under the tallies' lock. */
    private synchronized RunSummary casesSoFar() {
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
                        environment.clock().instant(), environment.simulatedProviders(used.ids())),
                directory, configuration.get(Constants.EXPORT_PATH).or(spec::path)
                        .map(environment.paths()::exportTarget));
        for (Path file : written) {
            environment.mask().applyTo(file);
        }
    }
}

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

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
    /** Each variant's tally, guarded by this run's lock (cases may be awaited on several threads). */
    private final Map<String, VariantTally> tallies = new LinkedHashMap<>();
    private final Observations observations;
    private final Instant started;
    private final int window;
    private int next;
    private int pendingCalls;
    private RunDecisions decisions;
    private List<SuiteFinding> findings;

    private SuiteRun(RunEnvironment environment, Suite suite, Path directory, Optional<ResumedRun> resumed,
                     List<CaseDescriptor> plan) throws IOException {
        this.environment = environment;
        this.suite = suite;
        this.directory = directory;
        this.runId = directory.getFileName().toString();
        this.resumed = resumed;
        this.plan = plan;
        this.selection = RunSelection.of(suite, plan);
        this.started = environment.clock().instant();
        this.window = environment.configuration().get(Constants.EXECUTION_WINDOW, Integer::parseInt)
                .orElse(Constants.EXECUTION_WINDOW_DEFAULT);
        this.journal = new RunJournal(directory, environment.files(), environment.mask(), resumed.isPresent());
        this.caseJournal = new CaseJournal(directory, environment.files(), environment.mask(),
                resumed.map(ResumedRun::caseIds).orElse(Set.of()));
        this.suiteLevel = new SuiteLevelScoring(suite.scorers(), suite.cases().stream().map(SuiteCase::testCase).toList());
        this.used = new UsedProviders(environment.client());
        // the plan: every selected (variant, case) pair, each repeated
        this.progress = new SuiteProgress((long) plan.size() * suite.repeats(), environment.progress().budgetUsd(),
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
        Optional<ResumedRun> resumed = interrupted.isPresent()
                ? Optional.of(ResumedRun.open(interrupted.get(), environment.files())) : Optional.empty();
        Path directory = interrupted.isPresent() ? interrupted.get() : newRunDirectory(suiteDirectory, environment.runId());
        SuiteRun run = new SuiteRun(environment, suite, directory, resumed, plan);
        run.printer = environment.progress().lineInterval().map(interval -> ProgressPrinter.start(suite.id(), interval,
                () -> run.progress.snapshot(environment.providerWatch().read()), System.out,
                entry -> environment.junit().reportingEntryPublished(descriptor, entry)));
        run.fill(-1);
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
            fill(order.get(descriptor.getUniqueId()));
            repeats = submitted.remove(descriptor.getUniqueId());
            pendingCalls -= suite.repeats();
            fill(-1);
        }
        List<ScoredSample> samples = repeats.join();
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

    /** Submits cases in plan order: every case up to {@code through}, then more while the window has room. */
    private void fill(int through) {
        while (next < plan.size() && (next <= through || pendingCalls + suite.repeats() <= window
                || pendingCalls == 0)) {
            CaseDescriptor descriptor = plan.get(next++);
            submitted.put(descriptor.getUniqueId(), submit(descriptor.variant(), descriptor.testCase()));
            pendingCalls += suite.repeats();
        }
    }

    private CompletableFuture<List<ScoredSample>> submit(SuiteVariant variant, SuiteCase testCase) {
        List<CompletableFuture<ScoredSample>> repeats = new ArrayList<>(suite.repeats());
        for (int repeat = 0; repeat < suite.repeats(); repeat++) {
            int index = repeat;
            Optional<ScoredSample> journaled = resumed.flatMap(run ->
                    run.sample(variant.variant().id(), testCase.testCase().id(), index));
            if (journaled.isPresent()) {
                repeats.add(CompletableFuture.completedFuture(journaled.get()));
                continue;
            }
            Generator.Generation generation = start(variant, testCase, repeat);
            repeats.add(Samples.of(variant.variant().id(), testCase.testCase().id(), repeat, generation.fingerprint(),
                            progress.generation(generation.response()))
                    .thenCompose(sample -> scoring.score(sample, testCase.testCase(), variant.variant()))
                    .thenApply(this::journaled));
        }
        return CompletableFuture.allOf(repeats.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> repeats.stream().map(CompletableFuture::join).toList());
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
     * Closes the journal, writes {@code summary.json} and tells the listeners, publishing the files they wrote; a
     * full run then exports the winner and becomes the suite's {@code latest}, while a partial run is marked
     * partial instead.
     */
    void finish(Consumer<FileEntry> published) throws Exception {
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
            listener.filesWritten(run).stream().filter(Files::isRegularFile)
                    .forEach(file -> published.accept(FileEntry.from(file, mediaType(file))));
        }
        if (partial.isEmpty()) {
            environment.files().markLatest(directory.getParent(), directory.getFileName().toString());
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
                        environment.clock().instant()),
                directory, configuration.get(Constants.EXPORT_PATH).or(spec::path)
                        .map(environment.paths()::exportTarget));
        for (Path file : written) {
            environment.mask().applyTo(file);
        }
    }
}

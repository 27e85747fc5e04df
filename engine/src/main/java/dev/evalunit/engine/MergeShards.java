package dev.evalunit.engine;

import dev.evalunit.engine.shard.ShardManifest;
import dev.evalunit.engine.shard.ShardSet;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.run.GateResult;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * The merge command: combines the shard runs of each suite ({@value Constants#SHARD}) into one full run whose
 * statistics, gates, decision, report and {@code winner.json} cover every case. It runs the suite through the
 * engine with {@value Constants#MERGE_SHARDS}, so the merged run is computed exactly as an unsharded run would be,
 * from the shards' journals and without calling a model; run it with the class path the shards ran with (the
 * suites, the engine, judges and reports).
 *
 * <pre>java -cp &lt;test class path&gt; dev.evalunit.engine.MergeShards [--output target/evalunit]
 *     [--run-id id] [-Dkey=value ...] &lt;shard run directory, or a directory holding shard runs&gt;...</pre>
 *
 * Exit status: 0 merged with every gate passing, 1 merged with a failed gate, 2 bad input (missing or duplicate
 * shards, shards of different suite versions, a suite not on the class path).
 */
@API(status = INTERNAL, since = "0.1")
public final class MergeShards {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("'merged-'yyyyMMdd-HHmmss");

    private final PrintStream out;

    private MergeShards(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the command; returns its exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return new MergeShards(out).merge(Arguments.parse(args));
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("evalunit merge: " + e.getMessage());
            return 2;
        }
    }

    private int merge(Arguments arguments) throws IOException {
        Map<String, List<ShardSet.ShardRun>> bySuite = new TreeMap<>();
        for (Path root : arguments.roots()) {
            for (Path shard : shardRuns(root)) {
                ShardSet.ShardRun run = ShardSet.read(shard);
                bySuite.computeIfAbsent(run.manifest().suiteId(), id -> new ArrayList<>()).add(run);
            }
        }
        if (bySuite.isEmpty()) {
            throw new IllegalArgumentException("no shard runs (directories with " + ShardManifest.FILE + ") under "
                    + arguments.roots());
        }
        List<ShardSet> sets = bySuite.entrySet().stream().map(e -> ShardSet.of(e.getKey(), e.getValue())).toList();
        int status = 0;
        for (ShardSet set : sets) {
            status = Math.max(status, mergeSuite(set, arguments));
        }
        return status;
    }

    private int mergeSuite(ShardSet set, Arguments arguments) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(arguments.settings());
        settings.put(Constants.OUTPUT_DIRECTORY, arguments.output().toString());
        settings.put(Constants.RUN_ID, arguments.runId());
        settings.put(Constants.MERGE_SHARDS, set.ordered().stream().map(r -> r.directory().toString())
                .collect(Collectors.joining(",")));
        UniqueId suite = UniqueId.forEngine(Constants.ENGINE_ID).append("suite", set.suiteKey());
        LauncherDiscoveryRequest request = request().selectors(selectUniqueId(suite))
                .configurationParameters(settings).build();
        SuiteOutcome outcome = new SuiteOutcome(suite);
        LauncherFactory.create().execute(request, outcome);
        if (!outcome.started) {
            throw new IllegalArgumentException("suite '" + set.suiteId() + "' (" + set.suiteKey() + ") is not on this"
                    + " class path: run the merge with the class path the shards ran with");
        }
        if (outcome.failure.isPresent()) {
            throw new IllegalArgumentException(outcome.failure.get());
        }
        Path suiteDirectory = arguments.output().resolve(set.suiteId());
        Path merged = new RunFiles().latest(suiteDirectory).orElseThrow(() ->
                new IllegalStateException("the merged run of suite '" + set.suiteId() + "' left no latest run under "
                        + suiteDirectory));
        RunSummary summary = new RunFiles().readSummary(merged);
        List<String> failedGates = summary.gates().stream().filter(g -> !g.passed()).map(GateResult::name).toList();
        out.println("evalunit merge: " + set.shards().size() + " shards of suite '" + set.suiteId() + "' -> " + merged
                + "; " + summary.comparison().map(c -> c.decisions().stream()
                        .map(d -> d.variantId() + " " + d.outcome()).collect(Collectors.joining(", ")))
                .orElse("no comparison") + "; " + (failedGates.isEmpty() ? "gates passed"
                : "failed gate(s): " + String.join(", ", failedGates)));
        return failedGates.isEmpty() ? 0 : 1;
    }

    /** The shard run directories under a root (the root itself when it is one); {@code latest} entries are skipped. */
    private static List<Path> shardRuns(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a directory");
        }
        try (Stream<Path> files = Files.walk(root, 8)) {
            return files.filter(f -> f.getFileName().toString().equals(ShardManifest.FILE))
                    .map(Path::getParent)
                    .filter(dir -> !dir.getFileName().toString().equals(RunFiles.LATEST))
                    .sorted().toList();
        }
    }

    /** Whether the suite ran, and why it failed when its container failed (a merge refused by the engine). */
    private static final class SuiteOutcome implements TestExecutionListener {
        private final UniqueId suite;
        private boolean started;
        private Optional<String> failure = Optional.empty();

        SuiteOutcome(UniqueId suite) {
            this.suite = suite;
        }

        @Override
        public void executionStarted(TestIdentifier identifier) {
            started |= identifier.getUniqueIdObject().equals(suite);
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.getUniqueIdObject().equals(suite) && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failure = Optional.of(result.getThrowable().map(Throwable::getMessage)
                        .orElse("the merged run of " + identifier.getDisplayName() + " failed"));
            }
        }
    }

    /**
     * The command line.
     *
     * @param output   the run output root the merged runs go to
     * @param runId    the merged runs' id
     * @param settings further engine settings ({@code -Dkey=value})
     * @param roots    shard run directories, or directories holding them
     */
    record Arguments(Path output, String runId, Map<String, String> settings, List<Path> roots) {

        static Arguments parse(List<String> args) {
            Path output = Path.of(Constants.OUTPUT_DIRECTORY_DEFAULT);
            String runId = RUN_ID.format(ZonedDateTime.now(ZoneOffset.UTC));
            Map<String, String> settings = new LinkedHashMap<>();
            List<Path> roots = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--output") || arg.equals("--run-id")) {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args.get(++i);
                    if (arg.equals("--output")) {
                        output = Path.of(value);
                    } else {
                        runId = value;
                    }
                } else if (arg.startsWith("-D") && arg.contains("=")) {
                    settings.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else if (arg.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option " + arg + "; usage: MergeShards [--output <dir>]"
                            + " [--run-id <id>] [-Dkey=value ...] <shard directory>...");
                } else {
                    roots.add(Path.of(arg));
                }
            }
            if (roots.isEmpty()) {
                throw new IllegalArgumentException("no shard directories given; usage: MergeShards [--output <dir>]"
                        + " [--run-id <id>] [-Dkey=value ...] <shard directory>...");
            }
            return new Arguments(output, runId, settings, roots);
        }
    }
}

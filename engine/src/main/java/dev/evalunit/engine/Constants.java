package dev.evalunit.engine;

import dev.evalunit.engine.cache.CacheKeys;
import dev.evalunit.engine.progress.ProgressKeys;
import dev.evalunit.engine.provider.ProviderKeys;
import dev.evalunit.engine.scheduler.SchedulerKeys;
import dev.evalunit.engine.suite.InputKeys;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Every configuration key of the {@code evalunit} engine. Set them in {@code junit-platform.properties},
 * as Maven Surefire {@code configurationParameters}, or as {@code -D} system properties. Keys are grouped
 * by section; keep new keys in their section, sorted, so parallel changes merge cleanly.
 */
@API(status = INTERNAL, since = "0.1")
public final class Constants {

    /** The engine id: {@value}. */
    public static final String ENGINE_ID = "evalunit";

    // ---- execution ------------------------------------------------------------------------------------

    /**
     * Threads that run application code of {@code @EvalVariant} methods (which may block): {@value}.
     * Default: the number of available processors.
     */
    public static final String EXECUTION_APPLICATION_THREADS = "evalunit.execution.application-threads";

    /**
     * The order of a suite's calls: {@value}. {@code interleaved} (default) runs case by case, each case's
     * variants and repeats in a seeded random order, so a provider's drift during the run cannot favour a
     * variant; {@code by-variant} runs each variant's cases in turn. The order is recorded in the run
     * directory's {@code order.json}.
     */
    public static final String EXECUTION_ORDER = "evalunit.execution.order";

    /** The seed of the interleaved order: {@value}. Default: a new random seed per run, recorded in {@code order.json}. */
    public static final String EXECUTION_SEED = "evalunit.execution.seed";

    /**
     * How many of a suite's first calls warm up connections and code paths: {@value}. The cases they touch
     * (at most a tenth of the cases) are left out of the latency statistics of every variant. Default
     * {@value #EXECUTION_WARM_UP_DEFAULT}; 0 keeps every latency.
     */
    public static final String EXECUTION_WARM_UP = "evalunit.execution.warm-up";

    /** Default of {@link #EXECUTION_WARM_UP}. */
    public static final int EXECUTION_WARM_UP_DEFAULT = 64;

    /**
     * How many (variant, case, repeat) calls a suite submits beyond the furthest call the case JUnit reports
     * next needs: {@value}. Bounds memory on large suites while the scheduler keeps calls in flight. Default
     * {@value #EXECUTION_WINDOW_DEFAULT}.
     */
    public static final String EXECUTION_WINDOW = "evalunit.execution.window";

    /** Default of {@link #EXECUTION_WINDOW}. */
    public static final int EXECUTION_WINDOW_DEFAULT = 1024;

    /**
     * The run's cost budget in US dollars: {@value}. A run whose plan (every suite's calls, priced by the price
     * table) costs more does not start; the progress line shows the budget next to the cost so far. Default: none.
     */
    public static final String MAX_COST = ProgressKeys.MAX_COST;

    // ---- early stop: fewer calls for the same decision ----------------------------------------------

    /**
     * Stops a full run as soon as the primary metric's decision is reached under an anytime-valid confidence
     * sequence: {@value}. Cases then run in a random order, every variant of a case together, and cases not yet
     * submitted when the stop comes are reported skipped. Needs a {@code compare} block and a primary metric in
     * [0, 1]. Default {@code false}.
     */
    public static final String EARLY_STOP = "evalunit.early-stop";

    /**
     * The most calls submitted ahead while the early stop is on: {@value}. Calls in flight when the stop comes are
     * made anyway, so a smaller window saves more calls and a larger one keeps more in flight. Default
     * {@value #EARLY_STOP_WINDOW_DEFAULT}.
     */
    public static final String EARLY_STOP_WINDOW = "evalunit.early-stop.window";

    /** Default of {@link #EARLY_STOP_WINDOW}. */
    public static final int EARLY_STOP_WINDOW_DEFAULT = 32;

    /** The most model calls (generations and judges) a run may plan: {@value}. A larger run does not start. */
    public static final String MAX_CALLS = "evalunit.max-calls";

    /** {@code true} prints each suite's run plan (calls, tokens, cost, wall time) and makes no call: {@value}. */
    public static final String DRY_RUN = "evalunit.dry-run";

    // ---- adaptive repeats: the fixed design's calls spent where repeats disagree --------------------

    /**
     * Spends the suite's calls (variants × cases × repeats) where repeats disagree: {@value}. Every case first gets
     * two repeats of every variant; the rest of the budget goes, a case's variants together, to the cases whose
     * repeats disagree most on the primary metric (or pass/fail without a {@code compare} block); cases that agree
     * stop early. Not combined with {@link #EARLY_STOP}, which wins. Default {@code false}.
     */
    public static final String ADAPTIVE_REPEATS = "evalunit.adaptive-repeats";

    /**
     * The most repeats one (variant, case) pair gets with adaptive repeats: {@value}. Below the suite's repeats, the
     * run spends less than its budget (never less than the first round of two). Default: four times the suite's
     * repeats ({@value #ADAPTIVE_REPEATS_MAX_FACTOR} ×).
     */
    public static final String ADAPTIVE_REPEATS_MAX = "evalunit.adaptive-repeats.max";

    /** Default of {@link #ADAPTIVE_REPEATS_MAX}, as a multiple of the suite's repeats. */
    public static final int ADAPTIVE_REPEATS_MAX_FACTOR = 4;

    // ---- input: limits on what a suite or dataset file may expand to, and where datasets may live ----

    /**
     * Further directories datasets may be read from, separated by commas: {@value}. By default a dataset must lie
     * under the working directory or under its suite file's directory.
     */
    public static final String INPUT_DATASET_ROOTS = InputKeys.DATASET_ROOTS;

    /** The most cases one suite may have: {@value}. Default 100000. */
    public static final String INPUT_MAX_CASES = InputKeys.MAX_CASES;

    /** The most characters one case field may hold, nested values summed: {@value}. Default 1000000. */
    public static final String INPUT_MAX_FIELD_SIZE = InputKeys.MAX_FIELD_SIZE;

    /** The largest suite or dataset file, in bytes: {@value}. Default 33554432 (32 MiB). */
    public static final String INPUT_MAX_FILE_SIZE = InputKeys.MAX_FILE_SIZE;

    /** The deepest nesting of lists and mappings in a suite or dataset, aliases followed: {@value}. Default 50. */
    public static final String INPUT_MAX_NESTING_DEPTH = InputKeys.MAX_NESTING_DEPTH;

    /** The most repeats of a suite: {@value}. Default 1000. */
    public static final String INPUT_MAX_REPEATS = InputKeys.MAX_REPEATS;

    /** The most aliases of lists and mappings in one YAML file: {@value}. Default 50. */
    public static final String INPUT_MAX_YAML_ALIASES = InputKeys.MAX_YAML_ALIASES;

    /** The most values one YAML file may expand to, every alias expanded: {@value}. Default 1000000. */
    public static final String INPUT_MAX_YAML_VALUES = InputKeys.MAX_YAML_VALUES;

    // ---- judges -------------------------------------------------------------------------------------------

    /**
     * The judge model of every LLM judge whose declaration names none, e.g. {@code openai:gpt-4o-mini}: {@value}.
     * Default: none (each judge must then name its {@code model}).
     */
    public static final String JUDGE_MODEL = "evalunit.judge.model";

    // ---- output ---------------------------------------------------------------------------------------

    /**
     * The directory run output goes to, {@code <dir>/<suite-id>/<run-id>/}: {@value}. Default
     * {@value #OUTPUT_DIRECTORY_DEFAULT}, relative to the working directory.
     */
    public static final String OUTPUT_DIRECTORY = "evalunit.output.directory";

    /** Default of {@link #OUTPUT_DIRECTORY}. */
    public static final String OUTPUT_DIRECTORY_DEFAULT = "target/evalunit";

    // ---- progress ----------------------------------------------------------------------------------------

    /**
     * How often a running suite prints its progress line to standard output and publishes it as a report entry
     * ({@code progress}) on its node: {@value}. A duration ({@code 10s}, {@code 500ms}, {@code 2m},
     * {@code PT10S}) or {@value #PROGRESS_OFF}. Default {@value #PROGRESS_INTERVAL_DEFAULT}.
     */
    public static final String PROGRESS_INTERVAL = ProgressKeys.INTERVAL;

    /** Default of {@link #PROGRESS_INTERVAL}. */
    public static final String PROGRESS_INTERVAL_DEFAULT = ProgressKeys.INTERVAL_DEFAULT;

    /** The value that turns {@link #PROGRESS_INTERVAL} or {@link #PROGRESS_REPORT_INTERVAL} off: {@value}. */
    public static final String PROGRESS_OFF = ProgressKeys.OFF;

    /**
     * How often run listeners get the run so far ({@code RunListener.runInProgress}); the reports module then
     * rewrites {@code report.html}, marked in progress: {@value}. A duration or {@value #PROGRESS_OFF}.
     * Default {@value #PROGRESS_REPORT_INTERVAL_DEFAULT}.
     */
    public static final String PROGRESS_REPORT_INTERVAL = ProgressKeys.REPORT_INTERVAL;

    /** Default of {@link #PROGRESS_REPORT_INTERVAL}. */
    public static final String PROGRESS_REPORT_INTERVAL_DEFAULT = ProgressKeys.REPORT_INTERVAL_DEFAULT;

    // ---- Providers, scheduler and cache -------------------------------------------------------------

    /**
     * Prefix of every per-provider setting: {@code evalunit.provider.<id>.<setting>}, where {@code <id>} is
     * the provider part of a model reference ({@code openai}, {@code anthropic}, {@code ollama},
     * {@code openai-compatible}, ...). The setting names follow.
     */
    public static final String PROVIDER_PREFIX = ProviderKeys.PREFIX;

    /**
     * Setting {@code account}: a name for the account the API key belongs to. The response cache keeps the
     * answers of different accounts apart by a salted fingerprint of the key; with this set it uses the name
     * instead, so rotated keys of one account, or a replaying run with no key at all, share the answers.
     */
    public static final String PROVIDER_ACCOUNT = ProviderKeys.ACCOUNT;

    /** Setting {@code base-url}: the provider's endpoint, e.g. {@code http://localhost:8000/v1}. */
    public static final String PROVIDER_BASE_URL = ProviderKeys.BASE_URL;

    /**
     * Setting {@code api-key-env}: the name of the environment variable holding the API key (defaults:
     * {@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code OPENAI_COMPATIBLE_API_KEY}). Keys are never
     * read from configuration files.
     */
    public static final String PROVIDER_API_KEY_ENV = ProviderKeys.API_KEY_ENV;

    /** Setting {@code timeout}: per-attempt request timeout ({@code 60s} by default; {@code 500ms}, {@code 2m}, {@code PT30S}). */
    public static final String PROVIDER_TIMEOUT = ProviderKeys.TIMEOUT;

    /** Setting {@code stream}: {@code true} (default) streams and records time to first token. */
    public static final String PROVIDER_STREAM = ProviderKeys.STREAM;

    /**
     * Setting {@code warm-up}: {@code true} (default) opens up to {@code max-concurrency} keep-alive connections to
     * the provider's {@code base-url} (plain {@code GET}s of it, without the API key) once a suite's preflight
     * passed, so its first calls find them open; {@code false} for an endpoint that should see model calls only.
     * A dry run, a replay and a merge open none.
     */
    public static final String PROVIDER_WARM_UP = ProviderKeys.WARM_UP;

    /** Setting {@code max-concurrency}: most calls in flight to this provider at once (default 8). */
    public static final String PROVIDER_MAX_CONCURRENCY = SchedulerKeys.MAX_CONCURRENCY;

    /** Setting {@code requests-per-minute}: request rate limit (default: unlimited). */
    public static final String PROVIDER_REQUESTS_PER_MINUTE = SchedulerKeys.REQUESTS_PER_MINUTE;

    /**
     * Setting {@code tokens-per-minute}: token rate limit (default: unlimited). A call is charged its
     * estimated tokens (prompt characters / 4 plus {@code maxTokens}) up front and corrected to the
     * reported usage when it finishes.
     */
    public static final String PROVIDER_TOKENS_PER_MINUTE = SchedulerKeys.TOKENS_PER_MINUTE;

    /**
     * Setting {@code max-attempts}: attempts per call including the first (default 4). Rate-limited attempts
     * do not count; {@link #PROVIDER_RETRY_BUDGET} bounds those.
     */
    public static final String PROVIDER_MAX_ATTEMPTS = SchedulerKeys.MAX_ATTEMPTS;

    /**
     * Setting {@code retry-budget}: how long after its first attempt a call may still start another
     * (default {@code 10m}); a retry whose back-off would end later is not made and the call ends with its
     * last failure.
     */
    public static final String PROVIDER_RETRY_BUDGET = SchedulerKeys.RETRY_BUDGET;

    /**
     * Setting {@code cache}: {@code true} (default) sends this provider's calls through the response cache;
     * {@code false} always calls it (for in-process models, whose code can change while their requests do not).
     */
    public static final String PROVIDER_CACHE = SchedulerKeys.CACHE;

    /**
     * Setting prefix {@code price}: {@code evalunit.provider.<id>.price.<model>.input} and {@code .output} in
     * US dollars per million tokens; both must be set. Overrides the shipped price table.
     */
    public static final String PROVIDER_PRICE = ProviderKeys.PRICE;

    /** Key {@code evalunit.retry.base-delay}: first retry back-off before jitter (default {@code 500ms}). */
    public static final String RETRY_BASE_DELAY = SchedulerKeys.RETRY_BASE_DELAY;

    /** Key {@code evalunit.retry.max-delay}: longest back-off or honoured {@code Retry-After} (default {@code 60s}). */
    public static final String RETRY_MAX_DELAY = SchedulerKeys.RETRY_MAX_DELAY;

    /** Key {@code evalunit.cache.mode}: {@code read-write} (default), {@code replay}, {@code refresh} or {@code off}. */
    public static final String CACHE_MODE = CacheKeys.MODE;

    /** Key {@code evalunit.cache.dir}: response cache directory (default {@code target/evalunit/cache}). */
    public static final String CACHE_DIRECTORY = CacheKeys.DIRECTORY;

    // ---- compare, gates and export ------------------------------------------------------------------

    /** Bootstrap resamples per paired difference: {@value}. Default {@value #COMPARE_BOOTSTRAP_RESAMPLES_DEFAULT}. */
    public static final String COMPARE_BOOTSTRAP_RESAMPLES = "evalunit.compare.bootstrap-resamples";

    /** Default of {@link #COMPARE_BOOTSTRAP_RESAMPLES}. */
    public static final int COMPARE_BOOTSTRAP_RESAMPLES_DEFAULT = 2000;

    /** Whether the comparison test logs its table (logger {@code dev.evalunit.comparison}, INFO): {@value}. Default {@code true}. */
    public static final String COMPARE_CONSOLE = "evalunit.compare.console";

    /** Default of {@link #COMPARE_CONSOLE}. */
    public static final boolean COMPARE_CONSOLE_DEFAULT = true;

    /** The bootstrap seed, so a run's intervals are reproducible: {@value}. Default {@value #COMPARE_SEED_DEFAULT}. */
    public static final String COMPARE_SEED = "evalunit.compare.seed";

    /** Default of {@link #COMPARE_SEED}. */
    public static final long COMPARE_SEED_DEFAULT = 1L;

    /**
     * The git commit recorded in {@code winner.json}: {@value}. Default: read from the working directory's
     * {@code .git} (no process is started); left out when there is none.
     */
    public static final String EXPORT_GIT_COMMIT = "evalunit.export.git-commit";

    /**
     * The directory exported files stay under: {@value}. Default: the working directory. An export path is
     * relative to it (or an absolute path inside it) and may not hold {@code .} or {@code ..} segments.
     */
    public static final String EXPORT_DIRECTORY = InputKeys.EXPORT_DIRECTORY;

    /**
     * A further file {@code winner.json} is copied to, overriding the suite's {@code export.path}: {@value}.
     * It is always written into the run directory too.
     */
    public static final String EXPORT_PATH = "evalunit.export.path";

    // ---- run ------------------------------------------------------------------------------------------

    /**
     * Whether a suite continues an interrupted run in place: {@value}. {@code latest} resumes the suite's most
     * recent run that has a journal but no {@code summary.json} (a run that was killed): samples already in its
     * {@code results.jsonl} are kept and not called again, the rest are run and appended, and the run ends with
     * its summary and report like any other. With no such run, a new one starts. Default {@code none}.
     */
    public static final String RESUME = "evalunit.resume";

    /**
     * The run id, naming the run directory: {@value}. Default: the UTC start time,
     * {@code yyyyMMdd-HHmmss-SSS}. A run directory is never overwritten: a clash gets a {@code -2} suffix.
     */
    public static final String RUN_ID = "evalunit.run.id";

    // ---- filters (a filtered run is a partial run) -----------------------------------------------------

    /**
     * Runs only the cases whose id matches one of these comma-separated globs ({@code *} any characters,
     * {@code ?} one): {@value}, e.g. {@code -Devalunit.cases='refund-*,q7'}.
     */
    public static final String FILTER_CASES = "evalunit.cases";

    /** Runs only the first N cases of each suite, in suite order: {@value}. */
    public static final String FILTER_LIMIT = "evalunit.limit";

    /**
     * {@code failed} runs only the cases that failed under some variant in the suite's latest full run:
     * {@value}. A suite with no full run yet runs every case.
     */
    public static final String FILTER_RERUN = "evalunit.rerun";

    /** The only value of {@link #FILTER_RERUN}. */
    public static final String FILTER_RERUN_FAILED = "failed";

    /** Runs only these comma-separated variant ids of each suite: {@value}. */
    public static final String FILTER_VARIANTS = "evalunit.variants";

    // ---- sharding and history ----------------------------------------------------------------------------

    /**
     * Runs one share of every suite's cases: {@value}{@code =<i>/<n>}, shard i of n counted from 1, e.g.
     * {@code -Devalunit.shard=2/4}. Cases are dealt to shards by the SHA-256 of their id, so every variant and
     * repeat of a case lands in the same shard and the shards of one suite version are always the same. A shard
     * run is a partial run that also writes {@code shard.json}; {@code MergeShards} combines the n shard runs
     * into one full run. Cannot be combined with the other filters.
     */
    public static final String SHARD = "evalunit.shard";

    /**
     * The shard run directories a run merges instead of calling models: {@value} (comma-separated). Set by
     * {@code MergeShards}; each suite of the run merges the shards of its own id, which must be complete (shard
     * 1 to n, once each) and of the suite's current version.
     */
    public static final String MERGE_SHARDS = "evalunit.merge.shards";

    /**
     * Whether each full run appends one line per variant to {@code history.jsonl} beside the suite's runs:
     * {@value}, {@code true} by default.
     */
    public static final String HISTORY = "evalunit.history";

    /**
     * The commit a run's history lines record: {@value}. Default: {@link #EXPORT_GIT_COMMIT}, else read from
     * {@code .git}.
     */
    public static final String HISTORY_COMMIT = "evalunit.history.commit";

    /**
     * A baseline run to compare each full run against: {@value}, a run directory or a suite output directory
     * (its {@code latest} run) or a directory holding {@code <suite-id>/latest} (a downloaded artifact of the
     * main branch's runs). With the reports module, the per-metric and per-case
     * regressions land in {@code comparison.md} and {@code comparison.html} of the run and on standard output.
     */
    public static final String BASELINE = "evalunit.baseline";

    private Constants() {
    }
}

package dev.evalunit.engine;

/**
 * Every configuration key of the {@code evalunit} engine. Set them in {@code junit-platform.properties},
 * as Maven Surefire {@code configurationParameters}, or as {@code -D} system properties. Keys are grouped
 * by section; keep new keys in their section, sorted, so parallel changes merge cleanly.
 */
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
     * How many (variant, case, repeat) calls a suite keeps submitted ahead of the case JUnit reports next:
     * {@value}. Bounds memory on large suites while the scheduler keeps calls in flight. Default
     * {@value #EXECUTION_WINDOW_DEFAULT}; a whole case is always admitted.
     */
    public static final String EXECUTION_WINDOW = "evalunit.execution.window";

    /** Default of {@link #EXECUTION_WINDOW}. */
    public static final int EXECUTION_WINDOW_DEFAULT = 1024;

    /**
     * The run's cost budget in US dollars, shown on the progress line next to the cost so far: {@value}.
     * Default: none.
     */
    public static final String MAX_COST = "evalunit.max-cost";

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
    public static final String INPUT_DATASET_ROOTS = "evalunit.input.dataset-roots";

    /** The most cases one suite may have: {@value}. Default 100000. */
    public static final String INPUT_MAX_CASES = "evalunit.input.max-cases";

    /** The most characters one case field may hold, nested values summed: {@value}. Default 1000000. */
    public static final String INPUT_MAX_FIELD_SIZE = "evalunit.input.max-field-size";

    /** The largest suite or dataset file, in bytes: {@value}. Default 33554432 (32 MiB). */
    public static final String INPUT_MAX_FILE_SIZE = "evalunit.input.max-file-size";

    /** The deepest nesting of lists and mappings in a suite or dataset, aliases followed: {@value}. Default 50. */
    public static final String INPUT_MAX_NESTING_DEPTH = "evalunit.input.max-nesting-depth";

    /** The most repeats of a suite: {@value}. Default 1000. */
    public static final String INPUT_MAX_REPEATS = "evalunit.input.max-repeats";

    /** The most aliases of lists and mappings in one YAML file: {@value}. Default 50. */
    public static final String INPUT_MAX_YAML_ALIASES = "evalunit.input.max-yaml-aliases";

    /** The most values one YAML file may expand to, every alias expanded: {@value}. Default 1000000. */
    public static final String INPUT_MAX_YAML_VALUES = "evalunit.input.max-yaml-values";

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
    public static final String PROGRESS_INTERVAL = "evalunit.progress.interval";

    /** Default of {@link #PROGRESS_INTERVAL}. */
    public static final String PROGRESS_INTERVAL_DEFAULT = "10s";

    /** The value that turns {@link #PROGRESS_INTERVAL} or {@link #PROGRESS_REPORT_INTERVAL} off: {@value}. */
    public static final String PROGRESS_OFF = "off";

    /**
     * How often run listeners get the run so far ({@code RunListener.runInProgress}); the reports module then
     * rewrites {@code report.html}, marked in progress: {@value}. A duration or {@value #PROGRESS_OFF}.
     * Default {@value #PROGRESS_REPORT_INTERVAL_DEFAULT}.
     */
    public static final String PROGRESS_REPORT_INTERVAL = "evalunit.progress.report-interval";

    /** Default of {@link #PROGRESS_REPORT_INTERVAL}. */
    public static final String PROGRESS_REPORT_INTERVAL_DEFAULT = "60s";

    // ---- Providers, scheduler and cache -------------------------------------------------------------

    /**
     * Prefix of every per-provider setting: {@code evalunit.provider.<id>.<setting>}, where {@code <id>} is
     * the provider part of a model reference ({@code openai}, {@code anthropic}, {@code ollama},
     * {@code openai-compatible}, ...). The setting names follow.
     */
    public static final String PROVIDER_PREFIX = "evalunit.provider.";

    /**
     * Setting {@code account}: a name for the account the API key belongs to. The response cache keeps the
     * answers of different accounts apart by a salted fingerprint of the key; with this set it uses the name
     * instead, so rotated keys of one account, or a replaying run with no key at all, share the answers.
     */
    public static final String PROVIDER_ACCOUNT = "account";

    /** Setting {@code base-url}: the provider's endpoint, e.g. {@code http://localhost:8000/v1}. */
    public static final String PROVIDER_BASE_URL = "base-url";

    /**
     * Setting {@code api-key-env}: the name of the environment variable holding the API key (defaults:
     * {@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code OPENAI_COMPATIBLE_API_KEY}). Keys are never
     * read from configuration files.
     */
    public static final String PROVIDER_API_KEY_ENV = "api-key-env";

    /** Setting {@code timeout}: per-attempt request timeout ({@code 60s} by default; {@code 500ms}, {@code 2m}, {@code PT30S}). */
    public static final String PROVIDER_TIMEOUT = "timeout";

    /** Setting {@code stream}: {@code true} (default) streams and records time to first token. */
    public static final String PROVIDER_STREAM = "stream";

    /** Setting {@code max-concurrency}: most calls in flight to this provider at once (default 8). */
    public static final String PROVIDER_MAX_CONCURRENCY = "max-concurrency";

    /** Setting {@code requests-per-minute}: request rate limit (default: unlimited). */
    public static final String PROVIDER_REQUESTS_PER_MINUTE = "requests-per-minute";

    /**
     * Setting {@code tokens-per-minute}: token rate limit (default: unlimited). A call is charged its
     * estimated tokens (prompt characters / 4 plus {@code maxTokens}) up front and corrected to the
     * reported usage when it finishes.
     */
    public static final String PROVIDER_TOKENS_PER_MINUTE = "tokens-per-minute";

    /**
     * Setting {@code max-attempts}: attempts per call including the first (default 4). Rate-limited attempts
     * do not count; {@link #PROVIDER_RETRY_BUDGET} bounds those.
     */
    public static final String PROVIDER_MAX_ATTEMPTS = "max-attempts";

    /**
     * Setting {@code retry-budget}: how long after its first attempt a call may still start another
     * (default {@code 10m}); a retry whose back-off would end later is not made and the call ends with its
     * last failure.
     */
    public static final String PROVIDER_RETRY_BUDGET = "retry-budget";

    /**
     * Setting {@code cache}: {@code true} (default) sends this provider's calls through the response cache;
     * {@code false} always calls it (for in-process models, whose code can change while their requests do not).
     */
    public static final String PROVIDER_CACHE = "cache";

    /**
     * Setting prefix {@code price}: {@code evalunit.provider.<id>.price.<model>.input} and {@code .output} in
     * US dollars per million tokens; both must be set. Overrides the shipped price table.
     */
    public static final String PROVIDER_PRICE = "price";

    /** Key {@code evalunit.retry.base-delay}: first retry back-off before jitter (default {@code 500ms}). */
    public static final String RETRY_BASE_DELAY_PROPERTY_NAME = "evalunit.retry.base-delay";

    /** Key {@code evalunit.retry.max-delay}: longest back-off or honoured {@code Retry-After} (default {@code 60s}). */
    public static final String RETRY_MAX_DELAY_PROPERTY_NAME = "evalunit.retry.max-delay";

    /** Key {@code evalunit.cache.mode}: {@code read-write} (default), {@code replay}, {@code refresh} or {@code off}. */
    public static final String CACHE_MODE_PROPERTY_NAME = "evalunit.cache.mode";

    /** Key {@code evalunit.cache.dir}: response cache directory (default {@code target/evalunit/cache}). */
    public static final String CACHE_DIR_PROPERTY_NAME = "evalunit.cache.dir";

    // ---- compare, gates and export ------------------------------------------------------------------

    /** Bootstrap resamples per paired difference: {@value}. Default {@value #COMPARE_BOOTSTRAP_RESAMPLES_DEFAULT}. */
    public static final String COMPARE_BOOTSTRAP_RESAMPLES = "evalunit.compare.bootstrap-resamples";

    /** Default of {@link #COMPARE_BOOTSTRAP_RESAMPLES}. */
    public static final int COMPARE_BOOTSTRAP_RESAMPLES_DEFAULT = 2000;

    /** Whether the comparison test prints its table to standard output: {@value}. Default {@code true}. */
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
    public static final String EXPORT_DIRECTORY = "evalunit.export.directory";

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

    private Constants() {
    }
}

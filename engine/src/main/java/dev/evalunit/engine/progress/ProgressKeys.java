package dev.evalunit.engine.progress;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The configuration keys of progress reporting and the cost budget; {@code dev.evalunit.engine.Constants} documents each for users. */
@API(status = INTERNAL, since = "0.1")
public final class ProgressKeys {

    /** Key: the run's cost budget in US dollars. */
    public static final String MAX_COST = "evalunit.max-cost";

    /** Key: how often a progress line is printed. */
    public static final String INTERVAL = "evalunit.progress.interval";

    /** Default of {@link #INTERVAL}. */
    public static final String INTERVAL_DEFAULT = "10s";

    /** The value that turns an interval off. */
    public static final String OFF = "off";

    /** Key: how often the interim report is rewritten. */
    public static final String REPORT_INTERVAL = "evalunit.progress.report-interval";

    /** Default of {@link #REPORT_INTERVAL}. */
    public static final String REPORT_INTERVAL_DEFAULT = "60s";

    private ProgressKeys() {
    }
}

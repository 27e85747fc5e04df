package dev.evalunit.engine.progress;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.run.RunProgress.ProviderNotice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One provider's attempts, split into the current window (since the last look) and the baseline (every earlier
 * window in which it was neither slow nor failing), and the notices that follow from comparing the two. Not
 * thread-safe: {@link ProviderWatch} guards it.
 */
final class ProviderHealth {

    /** Answers a window needs before its latency is compared, and the baseline before it is trusted. */
    static final int MIN_WINDOW = 5;
    static final int MIN_BASELINE = 10;
    /** Slow: the window's mean latency is at least this many times the baseline's, and this much longer. */
    static final double SLOW_FACTOR = 2;
    static final Duration MIN_SLOW_GAP = Duration.ofMillis(500);
    /** Stalled: nothing ended for this many baseline latencies (and at least {@link #MIN_STALL}) with attempts out. */
    static final double STALL_FACTOR = 5;
    static final Duration MIN_STALL = Duration.ofSeconds(10);
    /** Failing: at least this share of the window's attempts failed, and this much more than in the baseline. */
    static final double FAILING_SHARE = 0.2;
    static final double FAILING_JUMP = 0.1;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final String providerId;
    private int inFlight;
    private Instant lastActivity;
    private Instant pausedUntil = Instant.MIN;
    private final Tally window = new Tally();
    private final Tally baseline = new Tally();
    private Instant slowSince;
    private Instant failingSince;
    private Instant limitedSince;

    ProviderHealth(String providerId, Instant now) {
        this.providerId = providerId;
        this.lastActivity = now;
    }

    /** Answers, failures (rate limits apart) and their latency. */
    private static final class Tally {
        long answers;
        long latencyNanos;
        long failures;
        long rateLimited;

        double meanLatencyNanos() {
            return answers == 0 ? 0 : (double) latencyNanos / answers;
        }

        double failureShare() {
            long ended = answers + failures;
            return ended == 0 ? 0 : (double) failures / ended;
        }

        void add(Tally other) {
            answers += other.answers;
            latencyNanos += other.latencyNanos;
            failures += other.failures;
        }
    }

    void started(Instant now) {
        if (inFlight++ == 0) {
            lastActivity = now;
        }
    }

    void ended(Duration latency, Optional<ErrorKind> failure, Instant now) {
        inFlight--;
        lastActivity = now;
        if (failure.isEmpty()) {
            window.answers++;
            window.latencyNanos += latency.toNanos();
        } else if (failure.get() == ErrorKind.RATE_LIMITED) {
            window.rateLimited++;
        } else {
            window.failures++;
        }
    }

    void paused(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    int inFlight() {
        return inFlight;
    }

    /** Closes the window that began at {@code windowStart}: what is wrong now, and a fresh window. */
    List<ProviderNotice> roll(Instant windowStart, Instant now) {
        List<ProviderNotice> notices = new ArrayList<>();
        double base = baseline.meanLatencyNanos();
        boolean slow = window.answers >= MIN_WINDOW && baseline.answers >= MIN_BASELINE
                && window.meanLatencyNanos() >= Math.max(SLOW_FACTOR * base, base + MIN_SLOW_GAP.toNanos());
        Duration quiet = Duration.between(lastActivity, now);
        Duration stallAfter = Duration.ofNanos((long) (STALL_FACTOR * base));
        boolean stalled = inFlight > 0 && quiet.compareTo(stallAfter.compareTo(MIN_STALL) > 0 ? stallAfter
                : MIN_STALL) > 0;
        slowSince = slow || stalled ? since(slowSince, stalled ? lastActivity : windowStart) : null;
        if (slow) {
            notices.add(notice(ProviderNotice.Kind.SLOW, slowSince, "latency " + seconds(window.meanLatencyNanos())
                    + ", was " + seconds(base)));
        } else if (stalled) {
            notices.add(notice(ProviderNotice.Kind.SLOW, slowSince, "no answer for " + quiet.toSeconds() + " s, "
                    + inFlight + " in flight"));
        }
        boolean failing = window.answers + window.failures >= MIN_WINDOW && window.failureShare() >= FAILING_SHARE
                && window.failureShare() >= baseline.failureShare() + FAILING_JUMP;
        failingSince = failing ? since(failingSince, windowStart) : null;
        if (failing) {
            notices.add(notice(ProviderNotice.Kind.ERRORS, failingSince, percent(window.failureShare())
                    + " of attempts failed, was " + percent(baseline.failureShare())));
        }
        boolean paused = pausedUntil.isAfter(now);
        boolean limited = window.rateLimited > 0 || paused;
        limitedSince = limited ? since(limitedSince, windowStart) : null;
        if (limited) {
            String answers = window.rateLimited > 0 ? window.rateLimited + " x 429 since the last line"
                    : "no 429 since the last line";
            notices.add(notice(ProviderNotice.Kind.RATE_LIMITED, limitedSince,
                    paused ? answers + ", paused until " + CLOCK.format(pausedUntil) + " UTC" : answers));
        }
        if (!slow && !failing) {
            baseline.add(window);
        }
        window.answers = 0;
        window.latencyNanos = 0;
        window.failures = 0;
        window.rateLimited = 0;
        return notices;
    }

    private static Instant since(Instant previous, Instant now) {
        return previous != null ? previous : now;
    }

    private ProviderNotice notice(ProviderNotice.Kind kind, Instant since, String detail) {
        return new ProviderNotice(providerId, kind, since.toString(), detail);
    }

    private static String seconds(double nanos) {
        return String.format(Locale.ROOT, "%.2g s", nanos / 1e9);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}

package dev.evalunit.api.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Where a running suite is: what the progress line prints, what the suite node's report entries and the interim
 * report show. Calls are generations (variant × case × repeat); judge calls are counted apart.
 *
 * @param at                ISO-8601 instant of this snapshot
 * @param plannedCalls      generations the suite will make
 * @param doneCalls         generations finished (answered or failed for good)
 * @param scoredSamples     samples scored and written to the journal
 * @param errors            model calls (generations and judge calls) that failed for good
 * @param retries           attempts beyond the first, over every finished call
 * @param judgeCalls        model calls made by scorers (judges), finished
 * @param inFlight          attempts waiting for a provider's answer right now (the whole run)
 * @param requestsPerSecond attempts sent per second since the previous snapshot (the whole run)
 * @param elapsedMillis     time since the suite started
 * @param remainingMillis   estimated time left, from the rate of scored samples; empty before the first one
 * @param inputTokens       input tokens of the calls answered by a provider (not the cache)
 * @param outputTokens      output tokens of those calls
 * @param costUsd           what those calls cost by the price table
 * @param cachedCalls       calls answered from the response cache (no cost)
 * @param unpricedCalls     answered calls with token usage but no price (not in {@code costUsd})
 * @param projectedCostUsd  the cost at the end if the rest costs what the finished generations and judged
 *                          samples did
 * @param budgetUsd         the configured budget ({@code evalunit.max-cost}), if any
 * @param notices           providers that are slow, failing or rate limited right now
 */
public record RunProgress(String at, long plannedCalls, long doneCalls, long scoredSamples, long errors,
                          long retries, long judgeCalls, int inFlight, double requestsPerSecond, long elapsedMillis,
                          OptionalLong remainingMillis, long inputTokens, long outputTokens, double costUsd,
                          long cachedCalls, long unpricedCalls, OptionalDouble projectedCostUsd,
                          OptionalDouble budgetUsd, List<ProviderNotice> notices) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    public RunProgress {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(remainingMillis, "remainingMillis");
        Objects.requireNonNull(projectedCostUsd, "projectedCostUsd");
        Objects.requireNonNull(budgetUsd, "budgetUsd");
        notices = List.copyOf(notices);
    }

    /**
     * A provider that needs a person's attention during the run.
     *
     * @param providerId the provider
     * @param kind       what is wrong
     * @param since      ISO-8601 instant it started
     * @param detail     the figures, e.g. {@code latency 2.1 s, was 0.40 s}
     */
    public record ProviderNotice(String providerId, Kind kind, String since, String detail) {

        /** What is wrong with a provider. */
        public enum Kind {
            /** Its attempts take much longer than before, or none has answered for a long while. */
            SLOW,
            /** A much larger share of its attempts fails than before. */
            ERRORS,
            /** It answers 429 (too many requests) or asked the run to pause. */
            RATE_LIMITED
        }

        public ProviderNotice {
            Objects.requireNonNull(providerId, "providerId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(detail, "detail");
        }

        /** E.g. {@code openai slow since 10:21:05 UTC (latency 2.1 s, was 0.40 s)}. */
        public String describe() {
            String what = switch (kind) {
                case SLOW -> "slow";
                case ERRORS -> "failing";
                case RATE_LIMITED -> "rate-limited";
            };
            return providerId + " " + what + " since " + CLOCK.format(Instant.parse(since)) + " UTC (" + detail + ")";
        }
    }

    /** Share of the planned calls done, 0 to 1 (1 when nothing is planned). */
    public double fractionDone() {
        return plannedCalls == 0 ? 1 : Math.min(1, (double) doneCalls / plannedCalls);
    }

    /**
     * The progress line (one line of plain ASCII; the engine prints it after {@code evalunit <suite-id>: }), e.g.
     * {@code 412/1200 calls (34%), 405 scored, 3 errors, 7 retries, 16 in flight, 9.8 req/s, 0:42 elapsed,
     * ~1:21 left, 50210 tokens, $0.0412 spent (~$0.120 projected, budget $1.00)}, followed by
     * {@code ; } and each provider notice.
     */
    public String line() {
        StringBuilder line = new StringBuilder();
        line.append(doneCalls).append('/').append(plannedCalls).append(" calls (")
                .append((int) Math.floor(fractionDone() * 100)).append("%), ")
                .append(scoredSamples).append(" scored, ")
                .append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(retries).append(retries == 1 ? " retry, " : " retries, ");
        if (judgeCalls > 0) {
            line.append(judgeCalls).append(" judge calls, ");
        }
        line.append(inFlight).append(" in flight, ")
                .append(String.format(Locale.ROOT, "%.1f req/s, ", requestsPerSecond))
                .append(clock(elapsedMillis)).append(" elapsed, ")
                .append(remainingMillis.isPresent() ? "~" + clock(remainingMillis.getAsLong()) + " left"
                        : "time left unknown")
                .append(", ").append(inputTokens + outputTokens).append(" tokens, ")
                .append(usd(costUsd)).append(" spent");
        StringBuilder cost = new StringBuilder();
        projectedCostUsd.ifPresent(projected -> cost.append("~").append(usd(projected)).append(" projected"));
        budgetUsd.ifPresent(budget -> cost.append(cost.isEmpty() ? "" : ", ").append("budget ").append(usd(budget)));
        if (unpricedCalls > 0) {
            cost.append(cost.isEmpty() ? "" : ", ").append(unpricedCalls).append(" calls unpriced");
        }
        if (!cost.isEmpty()) {
            line.append(" (").append(cost).append(')');
        }
        if (cachedCalls > 0) {
            line.append(", ").append(cachedCalls).append(" cached");
        }
        notices.forEach(notice -> line.append("; ").append(notice.describe()));
        return line.toString();
    }

    private static String clock(long millis) {
        long seconds = Math.round(millis / 1000.0);
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Cents above a dollar; three significant digits below it, never in exponent notation. */
    private static String usd(double amount) {
        return amount == 0 || Math.abs(amount) >= 1 ? String.format(Locale.ROOT, "$%.2f", amount)
                : "$" + new BigDecimal(amount).round(new MathContext(3)).toPlainString();
    }
}

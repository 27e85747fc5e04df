package dev.evalunit.api.run;

import dev.evalunit.api.run.RunProgress.ProviderNotice;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line's wording, as the README shows it. */
class RunProgressTest {

    @Test
    void aLineSaysDoneOfPlannedTheCountsTheTimeLeftTheCostAndTheProviderNotices() {
        RunProgress progress = new RunProgress("2026-12-03T10:21:40Z", 1200, 412, 405, 3, 7, 38, 16, 9.84,
                42_400, OptionalLong.of(81_000), 38_210, 12_000, 0.04123, 10, 0, OptionalDouble.of(0.1201),
                OptionalDouble.of(1), List.of(new ProviderNotice("openai", ProviderNotice.Kind.SLOW,
                "2026-12-03T10:21:05Z", "latency 2.1 s, was 0.40 s")));

        assertThat(progress.line()).isEqualTo("412/1200 calls (34%), 405 scored, 3 errors, 7 retries, 38 judge calls, "
                + "16 in flight, 9.8 req/s, 0:42 elapsed, ~1:21 left, 50210 tokens, $0.0412 spent "
                + "(~$0.120 projected, budget $1.00), 10 cached; "
                + "openai slow since 10:21:05 UTC (latency 2.1 s, was 0.40 s)");
    }

    @Test
    void beforeTheFirstCallTheTimeLeftIsUnknownAndLongRunsCountHours() {
        RunProgress progress = new RunProgress("2026-12-03T10:21:40Z", 20_000, 0, 0, 1, 1, 0, 64, 0, 3_725_000,
                OptionalLong.empty(), 0, 0, 0, 0, 2, OptionalDouble.empty(), OptionalDouble.empty(), List.of());

        assertThat(progress.line()).isEqualTo("0/20000 calls (0%), 0 scored, 1 error, 1 retry, 64 in flight, "
                + "0.0 req/s, 1:02:05 elapsed, time left unknown, 0 tokens, $0.00 spent (2 calls unpriced)");
        assertThat(progress.fractionDone()).isZero();
    }
}

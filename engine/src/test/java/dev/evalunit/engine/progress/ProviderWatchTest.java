package dev.evalunit.engine.progress;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.run.RunProgress.ProviderNotice;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which providers the progress line calls slow, failing or rate limited, and since when. */
class ProviderWatchTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final ProviderWatch watch = new ProviderWatch(clock);

    private void answers(int count, long millis) {
        for (int i = 0; i < count; i++) {
            watch.attemptStarted("openai");
            watch.attemptEnded("openai", Duration.ofMillis(millis), Optional.empty());
        }
    }

    @Test
    void aLatencyJumpIsSlowSinceTheWindowItBeganInUntilItPasses() {
        answers(10, 400);
        clock.move(Duration.ofSeconds(10));
        assertThat(watch.read().notices()).isEmpty();

        Instant jump = clock.instant();
        answers(5, 1200);
        clock.move(Duration.ofSeconds(10));
        assertThat(watch.read().notices()).singleElement().satisfies(notice -> {
            assertThat(notice.providerId()).isEqualTo("openai");
            assertThat(notice.kind()).isEqualTo(ProviderNotice.Kind.SLOW);
            assertThat(notice.since()).isEqualTo(jump.toString());
            assertThat(notice.detail()).isEqualTo("latency 1.2 s, was 0.40 s");
            assertThat(notice.describe()).isEqualTo("openai slow since 10:00:10 UTC (latency 1.2 s, was 0.40 s)");
        });

        answers(5, 2100);
        clock.move(Duration.ofSeconds(10));
        assertThat(watch.read().notices()).as("still slow, still since the jump, against the old baseline")
                .singleElement().satisfies(notice -> {
                    assertThat(notice.since()).isEqualTo(jump.toString());
                    assertThat(notice.detail()).isEqualTo("latency 2.1 s, was 0.40 s");
                });

        answers(5, 450);
        clock.move(Duration.ofSeconds(10));
        assertThat(watch.read().notices()).isEmpty();
    }

    @Test
    void aJumpOfMillisecondsIsNotWorthANotice() {
        answers(10, 25);
        clock.move(Duration.ofSeconds(10));
        watch.read();
        answers(5, 130);
        clock.move(Duration.ofSeconds(10));
        assertThat(watch.read().notices()).as("five times slower, but only 0.1 s").isEmpty();
    }

    @Test
    void attemptsOutWithNoAnswerForLongAreAStall() {
        answers(10, 100);
        watch.attemptStarted("openai");
        watch.attemptStarted("openai");
        Instant lastAnswer = clock.instant();
        clock.move(Duration.ofSeconds(9));
        ProviderWatch.Activity early = watch.read();
        assertThat(early.notices()).as("under the 10 s floor").isEmpty();
        assertThat(early.inFlight()).isEqualTo(2);

        clock.move(Duration.ofSeconds(3));
        assertThat(watch.read().notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(ProviderNotice.Kind.SLOW);
            assertThat(notice.since()).isEqualTo(lastAnswer.toString());
            assertThat(notice.detail()).isEqualTo("no answer for 12 s, 2 in flight");
        });
    }

    @Test
    void aJumpInTheShareOfFailedAttemptsIsFailing() {
        answers(10, 100);
        clock.move(Duration.ofSeconds(10));
        watch.read();

        answers(3, 100);
        for (int i = 0; i < 2; i++) {
            watch.attemptStarted("openai");
            watch.attemptEnded("openai", Duration.ofMillis(50), Optional.of(ErrorKind.SERVER_ERROR));
        }
        clock.move(Duration.ofSeconds(10));
        assertThat(watch.read().notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(ProviderNotice.Kind.ERRORS);
            assertThat(notice.detail()).isEqualTo("40% of attempts failed, was 0%");
        });
    }

    @Test
    void aRateLimitIsNamedWhileItsPauseLasts() {
        watch.attemptStarted("anthropic");
        watch.attemptEnded("anthropic", Duration.ofMillis(20), Optional.of(ErrorKind.RATE_LIMITED));
        watch.paused("anthropic", Duration.ofSeconds(30));
        clock.move(Duration.ofSeconds(10));
        assertThat(watch.read().notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(ProviderNotice.Kind.RATE_LIMITED);
            assertThat(notice.since()).isEqualTo(T0.toString());
            assertThat(notice.describe()).isEqualTo("anthropic rate-limited since 10:00:00 UTC "
                    + "(1 x 429 since the last line, paused until 10:00:30 UTC)");
        });
        clock.move(Duration.ofSeconds(10));
        assertThat(watch.read().notices()).singleElement().satisfies(notice -> {
            assertThat(notice.since()).isEqualTo(T0.toString());
            assertThat(notice.detail()).isEqualTo("no 429 since the last line, paused until 10:00:30 UTC");
        });
        clock.move(Duration.ofSeconds(11));
        assertThat(watch.read().notices()).isEmpty();
    }

    @Test
    void theRequestRateIsAttemptsStartedPerSecondOfTheWindow() {
        clock.move(Duration.ofSeconds(1));
        watch.read();
        answers(4, 10);
        clock.move(Duration.ofSeconds(2));
        assertThat(watch.read().requestsPerSecond()).isEqualTo(2.0);
        assertThat(watch.current().requestsPerSecond()).as("current() closes no window").isEqualTo(2.0);
        clock.move(Duration.ofSeconds(2));
        assertThat(watch.read().requestsPerSecond()).isZero();
    }
}

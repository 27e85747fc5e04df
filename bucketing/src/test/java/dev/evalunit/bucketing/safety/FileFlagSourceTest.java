package dev.evalunit.bucketing.safety;

import dev.evalunit.bucketing.ExclusionReason;
import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.LiveExperiment;
import dev.evalunit.bucketing.MutableClock;
import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.config.VariantConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileFlagSourceTest {

    private static final ExperimentDefinition EXPERIMENT = ExperimentDefinition.builder("exp_summarize_v2")
            .variant("control", 1, VariantConfig.of("p:m")).variant("treatment", 1, VariantConfig.of("p:m2")).build();

    @Test
    void readsTheFileAtMostOncePerPollInterval(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.txt");
        MutableClock clock = new MutableClock(Instant.parse("2026-02-03T10:00:00Z"));
        FileFlagSource flags = new FileFlagSource(file, Duration.ofMillis(250), clock);
        assertThat(flags.isKilled("exp_summarize_v2")).isFalse();

        Files.writeString(file, "# stopped by on-call\nexp_summarize_v2   # error spike\n\nother\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-02-03T10:00:01Z")));
        assertThat(flags.isKilled("exp_summarize_v2")).as("inside the poll interval").isFalse();
        clock.advance(Duration.ofMillis(250));
        assertThat(flags.isKilled("exp_summarize_v2")).isTrue();
        assertThat(flags.isKilled("other")).isTrue();
        assertThat(flags.isKilled("error spike")).isFalse();

        Files.delete(file);
        clock.advance(Duration.ofMillis(250));
        assertThat(flags.isKilled("exp_summarize_v2")).as("a missing file kills nothing").isFalse();
    }

    @Test
    void aKillWrittenToTheFileStopsAssignmentsWithinOneSecond(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.txt");
        Files.writeString(file, "");
        LiveExperiment live = new LiveExperiment(EXPERIMENT, Clock.systemUTC(), FileFlagSource.watching(file));
        assertThat(live.assign("user123").assigned()).isPresent();

        long written = System.nanoTime();
        Files.writeString(file, "exp_summarize_v2\n");
        while (live.assign("user123").assigned().isPresent()) {
            assertThat(Duration.ofNanos(System.nanoTime() - written)).isLessThan(Duration.ofSeconds(1));
            Thread.sleep(10);
        }
        assertThat(((Assignment.Excluded) live.assign("user123")).reason()).isEqualTo(ExclusionReason.KILLED);
        assertThat(Duration.ofNanos(System.nanoTime() - written)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aPollIntervalOverASecondIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> new FileFlagSource(dir.resolve("f"), Duration.ofSeconds(5), Clock.systemUTC()))
                .hasMessageContaining("pollInterval must be in (0, 1s]");
    }
}

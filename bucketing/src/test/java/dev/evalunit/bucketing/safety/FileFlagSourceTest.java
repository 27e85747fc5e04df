package dev.evalunit.bucketing.safety;

import dev.evalunit.bucketing.Assignment;
import dev.evalunit.bucketing.ExclusionReason;
import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.LiveExperiment;
import dev.evalunit.bucketing.config.VariantConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FileFlagSourceTest {

    private static final ExperimentDefinition EXPERIMENT = ExperimentDefinition.builder("exp_summarize_v2")
            .variant("control", 1, VariantConfig.of("p:m")).variant("treatment", 1, VariantConfig.of("p:m2")).build();
    private static final FileTime EDITED = FileTime.from(Instant.parse("2026-02-03T10:00:01Z"));

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition within 5 s").isTrue();
    }

    @Test
    void readsOneIdPerLineWithCommentsAndAMissingFileKillsNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.txt");
        try (FileFlagSource flags = new FileFlagSource(file, Duration.ofSeconds(1))) {
            assertThat(flags.isKilled("exp_summarize_v2")).isFalse();

            Files.writeString(file, "# stopped by on-call\nexp_summarize_v2   # error spike\n\nother\n");
            flags.refresh();
            assertThat(flags.isKilled("exp_summarize_v2")).isTrue();
            assertThat(flags.isKilled("other")).isTrue();
            assertThat(flags.isKilled("error spike")).isFalse();

            Files.delete(file);
            flags.refresh();
            assertThat(flags.isKilled("exp_summarize_v2")).as("a missing file kills nothing").isFalse();
        }
    }

    @Test
    void anEditKeepingSizeAndModificationTimeIsSeen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.txt");
        Files.writeString(file, "exp_a\n");
        Files.setLastModifiedTime(file, EDITED);
        try (FileFlagSource flags = FileFlagSource.watching(file)) {
            await(() -> flags.isKilled("exp_a"));

            // what cp -p or rsync -t leaves behind: other content, same size, same modification time
            Files.writeString(file, "exp_b\n");
            Files.setLastModifiedTime(file, EDITED);
            await(() -> flags.isKilled("exp_b"));
            assertThat(flags.isKilled("exp_a")).isFalse();
        }
    }

    @Test
    void assignmentsNeverWaitForTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("killed.txt");
        Files.writeString(file, "other\n");
        FileFlagSource flags = FileFlagSource.watching(file);
        // a named pipe: reading it blocks until someone writes, as a hung network file system would
        Files.delete(file);
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo available").isZero();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
                long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                while (System.nanoTime() < until) {
                    assertThat(flags.isKilled("other")).as("the last flags read stay in force").isTrue();
                    Thread.sleep(10);
                }
            });
        } finally {
            Thread release = new Thread(() -> {
                // WRITE without CREATE: once the temporary directory is being deleted, never create a file in it
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                    out.write('\n');
                } catch (Exception e) {
                    // nobody was reading the pipe any more
                }
            });
            release.setDaemon(true);
            release.start();
            flags.close();
        }
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
    void aFileThatCannotBeReadKeepsTheFlagsAndSaysWhyUntilItReadsAgain(@TempDir Path dir) throws Exception {
        Path flags = Files.writeString(dir.resolve("kill.txt"), "summarize\n");
        try (FileFlagSource source = new FileFlagSource(flags, Duration.ofSeconds(1))) {
            assertThat(source.readError()).isEmpty();

            Files.delete(flags);
            Files.createDirectory(flags);
            source.refresh();

            assertThat(source.isKilled("summarize")).isTrue();
            assertThat(source.readError()).hasValueSatisfying(error -> assertThat(error)
                    .startsWith("kill-switch file " + flags + " cannot be read (java.io.IOException")
                    .endsWith("the flags read before stay in force"));

            Files.delete(flags);
            Files.writeString(flags, "other\n");
            source.refresh();

            assertThat(source.readError()).isEmpty();
            assertThat(source.isKilled("other")).isTrue();
        }
    }

    @Test
    void aPollIntervalOverASecondIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> new FileFlagSource(dir.resolve("f"), Duration.ofSeconds(5)))
                .hasMessageContaining("pollInterval must be in (0, 1s]");
    }
}

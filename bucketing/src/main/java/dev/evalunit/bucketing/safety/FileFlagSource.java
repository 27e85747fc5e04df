package dev.evalunit.bucketing.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A kill switch in a file that operators (or a config-management tool) edit: one killed experiment id per
 * line, {@code #} starts a comment. An assignment costs one volatile read; at most once per poll interval
 * one caller stats the file and re-reads it when its modification time or size changed. A missing file
 * kills nothing; a file that exists but cannot be read keeps the last known flags, because a transient
 * read error must not revive a stopped experiment.
 */
public final class FileFlagSource implements FlagSource {

    private final Path file;
    private final long pollMillis;
    private final Clock clock;
    private final AtomicLong nextPollAt = new AtomicLong(Long.MIN_VALUE);
    private volatile Snapshot snapshot = new Snapshot(Set.of(), -1, -1);

    /**
     * @param file         the flag file
     * @param pollInterval how often to look at the file; keep it well under a second
     * @param clock        the clock that paces the polling
     */
    public FileFlagSource(Path file, Duration pollInterval, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.pollMillis = pollInterval.toMillis();
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pollMillis <= 0 || pollMillis > 1000) {
            throw new IllegalArgumentException("pollInterval must be in (0, 1s] so a kill takes effect within a second, was "
                    + pollInterval);
        }
        poll();
    }

    /** A source polling {@code file} every 200 ms on the system clock. */
    public static FileFlagSource watching(Path file) {
        return new FileFlagSource(file, Duration.ofMillis(200), Clock.systemUTC());
    }

    @Override
    public boolean isKilled(String experimentId) {
        long now = clock.millis();
        long due = nextPollAt.get();
        if (now >= due && nextPollAt.compareAndSet(due, now + pollMillis)) {
            poll();
        }
        return snapshot.killed.contains(experimentId);
    }

    private void poll() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            snapshot = new Snapshot(Set.of(), -1, -1);
            return;
        } catch (IOException e) {
            return;
        }
        long modified = attributes.lastModifiedTime().toMillis();
        Snapshot current = snapshot;
        if (modified == current.modified && attributes.size() == current.size) {
            return;
        }
        try {
            Set<String> killed = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            snapshot = new Snapshot(killed, modified, attributes.size());
        } catch (IOException | UncheckedIOException e) {
            // keep the last known flags; the next poll tries again
        }
    }

    private record Snapshot(Set<String> killed, long modified, long size) {
    }
}

package dev.evalunit.bucketing.safety;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A kill switch in a file that operators (or a config-management tool) edit: one killed experiment id per
 * line, {@code #} starts a comment. A background thread reads the file every poll interval and compares the
 * SHA-256 digest of its content, so an edit that keeps the size and modification time ({@code cp -p},
 * {@code rsync -t}) is seen too; {@link #isKilled} only reads memory, never the file. A missing file kills
 * nothing; a file that exists but cannot be read keeps the last known flags, because a transient read error
 * must not revive a stopped experiment. That error is logged as a warning (once until the file reads again) and
 * stays visible through {@link #readError()} for health checks. {@link #close()} stops the watching thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FileFlagSource implements FlagSource, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FileFlagSource.class.getName());

    private final Path file;
    private final ScheduledExecutorService watcher;
    private volatile Set<String> killed = Set.of();
    private volatile Optional<String> readError = Optional.empty();
    /** Digest of the content the flags came from; null for a missing file. Guarded by this. */
    private byte[] digest;

    /**
     * Reads the file now, then watches it.
     *
     * @param file         the flag file
     * @param pollInterval how often to read the file; at most a second, so a kill takes effect within one
     */
    public FileFlagSource(Path file, Duration pollInterval) {
        this.file = Objects.requireNonNull(file, "file");
        long pollMillis = pollInterval.toMillis();
        if (pollMillis <= 0 || pollMillis > 1000) {
            throw new IllegalArgumentException("pollInterval must be in (0, 1s] so a kill takes effect within a second, was "
                    + pollInterval);
        }
        refresh();
        this.watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "evalunit-flag-file " + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::refresh, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** A source watching {@code file} every 200 ms. */
    public static FileFlagSource watching(Path file) {
        return new FileFlagSource(file, Duration.ofMillis(200));
    }

    @Override
    public boolean isKilled(String experimentId) {
        return killed.contains(experimentId);
    }

    /** Why the last read of the file failed (the flags then are those read before); empty once it reads again. */
    public Optional<String> readError() {
        return readError;
    }

    /** Reads the file now and takes its flags when the content changed; what the watching thread does. */
    public synchronized void refresh() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            killed = Set.of();
            digest = null;
            readError = Optional.empty();
            return;
        } catch (IOException | RuntimeException e) {
            // keep the last known flags; the next poll tries again
            String error = "kill-switch file " + file + " cannot be read (" + e + "); the flags read before stay in force";
            if (!readError.equals(Optional.of(error))) {
                LOG.log(System.Logger.Level.WARNING, error);
            }
            readError = Optional.of(error);
            return;
        }
        readError = Optional.empty();
        byte[] current = sha256(content);
        if (Arrays.equals(current, digest)) {
            return;
        }
        killed = new String(content, StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        digest = current;
    }

    /** Stops watching; the flags last read stay in force. */
    @Override
    public void close() {
        watcher.shutdownNow();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

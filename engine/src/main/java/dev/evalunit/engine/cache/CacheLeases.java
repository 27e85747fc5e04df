package dev.evalunit.engine.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Claims on fetching a cache entry, so that runs sharing the cache directory - in this JVM or any other on the
 * machine - call the provider once per key. A claim is a file {@code <dir>/.work/<key>.lease} created
 * exclusively and holding the claimant's process id; it is deleted when the fetch ends. A lease whose process
 * is gone (a killed run) is stale and taken over, and {@link #sweep} clears what killed runs left behind.
 */
final class CacheLeases {

    /** A temporary file or an unreadable lease older than this is an orphan. */
    static final Duration ORPHAN_AGE = Duration.ofMinutes(10);
    private static final String LEASE = ".lease";

    private final Path work;

    CacheLeases(Path work) {
        this.work = work;
    }

    /** A claim on the key, or empty while another fetch of it is under way. */
    Optional<CacheClaim> tryClaim(CacheKey key) throws IOException {
        Path file = work.resolve(key.value() + LEASE);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.writeString(file, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return Optional.of(new CacheClaim(file));
            } catch (NoSuchFileException noDirectoryYet) {
                Files.createDirectories(work); // once per run, not a stat per claim
            } catch (FileAlreadyExistsException held) {
                if (!stale(file)) {
                    return Optional.empty();
                }
                Files.deleteIfExists(file);
            }
        }
        return Optional.empty();
    }

    /** Deletes leases of processes that are gone and temporary files older than {@link #ORPHAN_AGE}. */
    void sweep() throws IOException {
        if (!Files.isDirectory(work)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(work)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(LEASE) ? stale(file) : name.endsWith(".tmp") && olderThanOrphanAge(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static boolean stale(Path lease) throws IOException {
        try {
            OptionalLong pid = pid(Files.readString(lease, StandardCharsets.US_ASCII));
            return pid.isPresent() ? ProcessHandle.of(pid.getAsLong()).map(p -> !p.isAlive()).orElse(true)
                    : olderThanOrphanAge(lease);
        } catch (NoSuchFileException released) {
            return false;
        }
    }

    private static OptionalLong pid(String text) {
        String trimmed = text.trim();
        return trimmed.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(trimmed)) : OptionalLong.empty();
    }

    private static boolean olderThanOrphanAge(Path file) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(ORPHAN_AGE));
        } catch (NoSuchFileException gone) {
            return false;
        }
    }
}

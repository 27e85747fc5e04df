package dev.evalunit.engine.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Claims on fetching a cache entry, so that runs sharing the cache directory - in this JVM or any other on the
 * machine - call the provider once per key. A claim is an exclusive lock on one byte of {@code <dir>/.work/claims}
 * at an offset taken from the key (60 of its bits): the operating system releases it when the process ends,
 * however it ends, so a killed run leaves no claim behind, and taking and releasing one costs two system calls
 * rather than a file created and deleted. Within one JVM a lock held by another cache instance counts as held.
 */
final class CacheClaims {

    /** A temporary file (of the salt's creation) older than this is an orphan of a killed run. */
    static final Duration ORPHAN_AGE = Duration.ofMinutes(10);
    static final String FILE = "claims";

    private final Path work;
    private volatile FileChannel claims;

    CacheClaims(Path work) {
        this.work = work;
    }

    /** A claim on the key, or empty while another fetch of it is under way. */
    Optional<CacheClaim> tryClaim(CacheKey key) throws IOException {
        long offset = Long.parseLong(key.value().substring(0, 15), 16);
        try {
            FileLock lock = channel().tryLock(offset, 1, false);
            return lock == null ? Optional.empty() : Optional.of(new CacheClaim(lock));
        } catch (OverlappingFileLockException heldInThisJvm) {
            return Optional.empty();
        }
    }

    private FileChannel channel() throws IOException {
        FileChannel open = claims;
        if (open == null || !open.isOpen()) {
            synchronized (this) {
                if (claims == null || !claims.isOpen()) {
                    Files.createDirectories(work);
                    claims = FileChannel.open(work.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
                }
                open = claims;
            }
        }
        return open;
    }

    /** Deletes temporary files older than {@link #ORPHAN_AGE} that killed runs left behind. */
    void sweep() throws IOException {
        if (!Files.isDirectory(work)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(work, "*.tmp")) {
            for (Path file : files) {
                if (olderThanOrphanAge(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static boolean olderThanOrphanAge(Path file) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(ORPHAN_AGE));
        } catch (NoSuchFileException gone) {
            return false;
        }
    }
}

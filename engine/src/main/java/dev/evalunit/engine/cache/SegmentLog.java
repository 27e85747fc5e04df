package dev.evalunit.engine.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The records of a cache directory: append-only segment files under {@code <dir>/segments}, one per cache
 * instance that writes (a run), named {@code <creation time>-<process id>-<random>.log} so that their names sort
 * in the order they were started. Each record is one line; only this instance appends to its segment, so runs
 * sharing the directory - in this JVM or others - never write to the same file and need no lock.
 *
 * <p>An in-memory index (key to segment, offset and length) is read from every segment at first use, in name
 * order, so a later record of a key replaces an earlier one. A line without its newline (a run killed while
 * writing it) is not indexed. On a miss, the segments of live processes are read on from where they were read
 * last, and the directory is listed again when it changed, so an entry another run stores appears here.
 */
final class SegmentLog {

    static final String DIRECTORY = "segments";
    private static final String SUFFIX = ".log";
    private static final int CHUNK = 1 << 20;
    /** A directory changed this close to its last listing is listed again: file times are coarse. */
    private static final long LISTING_SLACK_MILLIS = 1_000;

    private record Location(Segment segment, long offset, int length) {
    }

    private static final class Segment {
        final Path file;
        /** Whether another live process (or another cache of this one) may still append to it. */
        final boolean growing;
        long indexedTo;
        FileChannel channel;

        Segment(Path file, boolean growing) {
            this.file = file;
            this.growing = growing;
        }

        synchronized FileChannel channel() throws IOException {
            if (channel == null || !channel.isOpen()) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            return channel;
        }
    }

    private final Path directory;
    private final ConcurrentHashMap<String, Location> index = new ConcurrentHashMap<>();
    private final Map<Path, Segment> segments = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private long listedAtMillis;
    private long listedModifiedMillis = Long.MIN_VALUE;
    private Segment own;
    private FileChannel appender;
    private long appendAt;

    SegmentLog(Path cacheDirectory) {
        this.directory = cacheDirectory.resolve(DIRECTORY);
    }

    /**
     * The record last stored under the key (without its newline), or empty. On a miss it reads what other runs
     * stored since the last look first.
     */
    Optional<byte[]> read(String key) throws IOException {
        Location location = index.get(key);
        if (location == null) {
            refresh();
            location = index.get(key);
        }
        return location == null ? Optional.empty() : read(location);
    }

    /**
     * The record last stored under the key among those read so far (every segment at first use), or empty: a miss
     * costs no look at the directory, so what other runs stored since is found by the next {@link #read} only.
     */
    Optional<byte[]> readKnown(String key) throws IOException {
        Location location = index.get(key);
        if (location == null && !loaded) {
            refresh();
            location = index.get(key);
        }
        return location == null ? Optional.empty() : read(location);
    }

    private static Optional<byte[]> read(Location location) throws IOException {
        byte[] record = new byte[location.length()];
        ByteBuffer buffer = ByteBuffer.wrap(record);
        FileChannel channel = location.segment().channel();
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, location.offset() + buffer.position()) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(record);
    }

    /**
     * Appends a record (ending with its newline) to this instance's segment, created at the first append. When
     * the segment is gone (the directory was deleted during the run), what was read is dropped and a new
     * segment is started.
     */
    synchronized void append(String key, byte[] record) throws IOException {
        if (own != null && !Files.exists(own.file)) {
            closeQuietly();
            index.clear();
            segments.clear();
            own = null;
            listedModifiedMillis = Long.MIN_VALUE;
        }
        if (own == null) {
            refresh();
            startSegment();
        }
        ByteBuffer buffer = ByteBuffer.wrap(record);
        while (buffer.hasRemaining()) {
            appender.write(buffer, appendAt + buffer.position());
        }
        index.put(key, new Location(own, appendAt, record.length - 1));
        appendAt += record.length;
    }

    private void startSegment() throws IOException {
        Files.createDirectories(directory);
        String name = String.format("%013x-%d-%08x%s", System.currentTimeMillis(), ProcessHandle.current().pid(),
                ThreadLocalRandom.current().nextInt(), SUFFIX);
        Path file = directory.resolve(name);
        appender = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        appendAt = 0;
        own = new Segment(file, false);
        own.channel = appender;
        segments.put(file, own);
    }

    /** Reads new segments and what live segments appended since the last read. */
    private synchronized void refresh() throws IOException {
        long modified;
        try {
            modified = Files.getLastModifiedTime(directory).toMillis();
        } catch (NoSuchFileException none) {
            loaded = true; // nothing to read: a directory made later is listed at the next refresh
            return;
        }
        if (!loaded || modified != listedModifiedMillis || modified >= listedAtMillis - LISTING_SLACK_MILLIS) {
            listedAtMillis = System.currentTimeMillis();
            listedModifiedMillis = modified;
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
                files.forEach(found::add);
            } catch (NoSuchFileException none) {
                return;
            }
            found.sort(null);
            for (Path file : found) {
                if (!segments.containsKey(file)) {
                    Segment segment = new Segment(file, writerAlive(file));
                    segments.put(file, segment);
                    indexFrom(segment);
                }
            }
            loaded = true;
        }
        for (Segment segment : segments.values()) {
            if (segment.growing) {
                indexFrom(segment);
            }
        }
    }

    private static boolean writerAlive(Path file) {
        String[] parts = file.getFileName().toString().split("-");
        try {
            return parts.length == 3 && ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    /**
     * Indexes the whole lines of a segment from where it was read last. A complete segment (its writer is gone) is
     * read through a channel of its own, so the one hits read through is opened only when one is asked for.
     */
    private void indexFrom(Segment segment) throws IOException {
        if (segment.growing) {
            indexFrom(segment, segment.channel());
            return;
        }
        try (FileChannel complete = FileChannel.open(segment.file, StandardOpenOption.READ)) {
            indexFrom(segment, complete);
        } catch (NoSuchFileException gone) {
            // deleted since the listing: nothing to index
        }
    }

    private void indexFrom(Segment segment, FileChannel channel) throws IOException {
        if (channel.size() <= segment.indexedTo) {
            return;
        }
        byte[] chunk = new byte[CHUNK];
        int filled = 0;
        long chunkStart = segment.indexedTo;
        while (true) {
            if (filled == chunk.length) {
                chunk = Arrays.copyOf(chunk, chunk.length * 2); // one record longer than a chunk
            }
            int read = channel.read(ByteBuffer.wrap(chunk, filled, chunk.length - filled), chunkStart + filled);
            if (read <= 0) {
                break;
            }
            int scanFrom = filled;
            filled += read;
            int lineStart = 0;
            for (int i = scanFrom; i < filled; i++) {
                if (chunk[i] == '\n') {
                    int length = i - lineStart;
                    long offset = chunkStart + lineStart;
                    CacheEntryCodec.keyOf(chunk, lineStart, length)
                            .ifPresent(key -> index.put(key, new Location(segment, offset, length)));
                    lineStart = i + 1;
                }
            }
            System.arraycopy(chunk, lineStart, chunk, 0, filled - lineStart);
            chunkStart += lineStart;
            filled -= lineStart;
        }
        segment.indexedTo = chunkStart;
    }

    private void closeQuietly() {
        for (Segment segment : segments.values()) {
            try {
                if (segment.channel != null) {
                    segment.channel.close();
                }
            } catch (IOException ignored) {
                // a file of a deleted directory: nothing left to keep
            }
        }
    }
}

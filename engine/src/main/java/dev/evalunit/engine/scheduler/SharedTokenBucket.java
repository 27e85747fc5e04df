package dev.evalunit.engine.scheduler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.ToLongFunction;

/**
 * A token bucket every process on the machine shares: its state (tokens available, as of when) lives in a file
 * under the cache directory, read and written under an exclusive file lock, on the wall clock. Runs in several
 * JVMs (Surefire forks, modules built in parallel) that call a provider with the same key therefore stay
 * within one limit together instead of each spending it.
 */
final class SharedTokenBucket implements RateBucket {

    private static final System.Logger LOG = System.getLogger(SharedTokenBucket.class.getName());

    private final Path file;
    private final double perMinute;
    private final double capacity;
    /** Used from the first time the file cannot be used on: the limit then holds for this run alone. */
    private TokenBucket alone;

    SharedTokenBucket(Path file, double perMinute, double capacity) {
        this.file = file;
        this.perMinute = perMinute;
        this.capacity = capacity;
    }

    @Override
    public long waitNanos(double amount, long now) {
        return update(bucket -> bucket.waitNanos(amount, wallNanos()));
    }

    @Override
    public void take(double amount, long now) {
        update(bucket -> {
            bucket.take(amount, wallNanos());
            return 0;
        });
    }

    @Override
    public void refund(double amount, long now) {
        update(bucket -> {
            bucket.refund(amount, wallNanos());
            return 0;
        });
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private long update(ToLongFunction<TokenBucket> operation) {
        if (alone != null) {
            return operation.applyAsLong(alone);
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock ignored = lock(channel)) {
                TokenBucket bucket = read(channel);
                long result = operation.applyAsLong(bucket);
                write(channel, bucket);
                return result;
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot use the shared rate limit " + file + " (" + e.getMessage()
                    + "); it applies to this run alone from now on");
            alone = new TokenBucket(perMinute, capacity, wallNanos());
            return operation.applyAsLong(alone);
        }
    }

    /** The file lock; another lane of this JVM holding it makes this one wait its turn (a few microseconds). */
    private static FileLock lock(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                Thread.yield();
            }
        }
    }

    private TokenBucket read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(128);
        channel.read(buffer, 0);
        String[] state = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim().split(" ");
        try {
            return new TokenBucket(perMinute, capacity, Math.min(capacity, Double.parseDouble(state[0])),
                    Long.parseLong(state[1]));
        } catch (RuntimeException newOrUnreadable) {
            return new TokenBucket(perMinute, capacity, wallNanos());
        }
    }

    private static void write(FileChannel channel, TokenBucket bucket) throws IOException {
        byte[] state = (bucket.available() + " " + bucket.updatedAt() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(state), 0);
    }
}

package dev.evalunit.web.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One Redis connection (Lettuce, thread-safe) shared by the Redis stores of a service, and the background
 * thread that refreshes their local copies. Keys start with a namespace ({@code evalunit} by default), so
 * several services can share a Redis.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RedisStores implements AutoCloseable {

    /** How often local copies are refreshed from Redis and local counts pushed to it. */
    public static final Duration REFRESH = Duration.ofMillis(200);

    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final String namespace;
    private final ScheduledExecutorService refresher;

    /**
     * Connects to {@code url} (e.g. {@code redis://127.0.0.1:6379/0}).
     *
     * @throws IllegalArgumentException when the namespace is not 1-64 letters, digits, '_', '.' or '-'
     */
    public RedisStores(String url, String namespace) {
        if (!NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("Redis namespace must be 1-64 letters, digits, '_', '.' or '-', was '"
                    + namespace + "'");
        }
        this.namespace = namespace;
        this.client = RedisClient.create(RedisURI.create(Objects.requireNonNull(url, "url")));
        this.connection = client.connect();
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "evalunit-redis-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sticky assignments kept for {@code timeToLive} (the source article keeps them 30 days). */
    public RedisAssignmentStore assignments(Duration timeToLive) {
        return new RedisAssignmentStore(commands(), key("assignment:"), timeToLive);
    }

    /** The kill switch and pauses, read from memory and refreshed every {@link #REFRESH}. */
    public RedisExperimentControl control() {
        RedisExperimentControl control = new RedisExperimentControl(commands(), key("killed"), key("paused"));
        every(control::refresh);
        return control;
    }

    /** Exposure counts, counted in memory and added to Redis every {@link #REFRESH}. */
    public RedisExposureCounter exposures() {
        RedisExposureCounter counter = new RedisExposureCounter(commands(), key("exposures:"));
        every(counter::push);
        return counter;
    }

    RedisCommands<String, String> commands() {
        return connection.sync();
    }

    private String key(String suffix) {
        return namespace + ":" + suffix;
    }

    private void every(Runnable task) {
        long millis = REFRESH.toMillis();
        refresher.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // Redis unreachable: keep the last known state and try again on the next tick
            }
        }, 0, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops refreshing and disconnects. Close the stores first so their last counts get pushed. */
    @Override
    public void close() {
        refresher.shutdown();
        try {
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}

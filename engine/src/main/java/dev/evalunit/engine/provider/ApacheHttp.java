package dev.evalunit.engine.provider;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Apache HttpClient 5 set up as the HTTP providers need it: one attempt per call (the scheduler retries), no
 * redirects, cookies or compression (as the JDK client sends requests), no proxy, keep-alive connections pooled
 * without a limit below the scheduler's (which bounds the calls in flight) and checked before reuse after a
 * second idle, and TLS set up on the first
 * {@code https} connection, so a plain-HTTP endpoint never reads the trust store.
 */
final class ApacheHttp {

    /**
     * A pooled connection idle for longer is checked before it is reused: servers close idle keep-alive connections
     * (uvicorn and Node after 5 s), and a call sent on a closed one fails.
     */
    static final Duration VALIDATE_AFTER_IDLE = Duration.ofSeconds(1);
    /** The pool's bound: far above any provider's max concurrency, which is what limits the connections. */
    private static final int MAX_CONNECTIONS = 10_000;
    /** Reads the streamed answers and opens the warm-up connections; threads end after a minute idle. */
    static final ExecutorService STREAMS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.MINUTES,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "evalunit-http-stream");
                thread.setDaemon(true);
                return thread;
            });

    private ApacheHttp() {
    }

    /** A client with the given connect and response (read) timeouts; none where empty. */
    static CloseableHttpClient client(Optional<Duration> connectTimeout, Optional<Duration> readTimeout) {
        ConnectionConfig.Builder connection = ConnectionConfig.custom()
                .setValidateAfterInactivity(TimeValue.of(VALIDATE_AFTER_IDLE));
        connectTimeout.ifPresent(timeout -> connection.setConnectTimeout(Timeout.of(timeout)));
        TlsSocketStrategy tls = (socket, target, port, attachment, context) ->
                SystemTls.STRATEGY.upgrade(socket, target, port, attachment, context);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(connection.build())
                        .setTlsSocketStrategy(tls)
                        // the scheduler bounds the connections in use; the lax pool takes no pool-wide lock
                        // around each lease and release
                        .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                        .build())
                .setDefaultRequestConfig(readTimeout.map(ApacheHttp::requestTimeout).orElse(RequestConfig.DEFAULT))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .build();
    }

    /** A request setting whose response timeout (the longest wait for the next bytes of an answer) is given. */
    static RequestConfig requestTimeout(Duration timeout) {
        return RequestConfig.custom().setResponseTimeout(Timeout.of(timeout)).build();
    }

    /** Sets up the JVM's default TLS context now (reading the trusted certificates), ahead of a first call. */
    static void preloadTls() {
        SystemTls.STRATEGY.getClass(); // initialising the holder class builds the context
    }

    /** The JVM's default TLS context and protocols, as the JDK client uses them; built on first use. */
    private static final class SystemTls {
        static final DefaultClientTlsStrategy STRATEGY = DefaultClientTlsStrategy.createSystemDefault();
    }
}

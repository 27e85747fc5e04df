package dev.evalunit.engine.provider;

import org.apiguardian.api.API;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The HTTP providers' one-time set-up, done on a background thread while the engine discovers suites: the HTTP
 * client's and langchain4j's OpenAI model classes, then the JVM's default TLS context (reading the trusted
 * certificates: the most work, which the hosted providers' {@code https} endpoints need before their first call).
 * The provider clients that preflight builds later find it done instead of doing it on the thread that submits
 * the first calls. It builds one model and opens no connection; once per JVM, as classes and the TLS context are.
 */
@API(status = INTERNAL, since = "0.1")
public final class HttpClientPreload {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private HttpClientPreload() {
    }

    /** Starts the set-up on a daemon thread, unless it was started before in this JVM. */
    public static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(HttpClientPreload::preload, "evalunit-http-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void preload() {
        try {
            OpenAiModels.chat(new ProviderSettings(OpenAiCompatibleProvider.ID, Optional.of("http://127.0.0.1/v1"),
                    Optional.empty(), ProviderSettings.DEFAULT_TIMEOUT, false), new RetryAfterHttpClientBuilder());
            ApacheHttp.preloadTls();
        } catch (RuntimeException | LinkageError e) {
            // only a head start: a provider that cannot be built says why when the run builds it
        }
    }
}

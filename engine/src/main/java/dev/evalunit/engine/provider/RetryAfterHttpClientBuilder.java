package dev.evalunit.engine.provider;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Builds {@link RetryAfterHttpClient}s; langchain4j models set the timeouts they were given. It keeps the client
 * it built last, so the connections of the model built with it can be opened ahead of the calls.
 */
final class RetryAfterHttpClientBuilder implements HttpClientBuilder {

    private Duration connectTimeout;
    private Duration readTimeout;
    private volatile RetryAfterHttpClient built;

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        built = new RetryAfterHttpClient(ApacheHttp.client(Optional.ofNullable(connectTimeout),
                Optional.ofNullable(readTimeout)), ApacheHttp.STREAMS, Clock.systemUTC());
        return built;
    }

    /** The client this builder built last, if it built one. */
    Optional<RetryAfterHttpClient> built() {
        return Optional.ofNullable(built);
    }
}

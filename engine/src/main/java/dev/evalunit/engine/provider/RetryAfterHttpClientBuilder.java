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
        // HTTP/1.1: providers and local endpoints alike speak it; it avoids h2c upgrade surprises.
        java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (connectTimeout != null) {
            jdk.connectTimeout(connectTimeout);
        }
        built = new RetryAfterHttpClient(jdk.build(), Optional.ofNullable(readTimeout), Clock.systemUTC());
        return built;
    }

    /** The client this builder built last, if it built one. */
    Optional<RetryAfterHttpClient> built() {
        return Optional.ofNullable(built);
    }
}

package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ProviderContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * What a langchain4j-backed provider reads from its {@link ProviderContext}: base URL, the API key (from the
 * environment variable named by {@code api-key-env}), request timeout and whether to stream.
 *
 * @param providerId the provider id
 * @param baseUrl    the endpoint, when configured (else langchain4j's default for the provider)
 * @param apiKey     the API key, when the provider uses one and it is set
 * @param timeout    the per-attempt HTTP timeout
 * @param stream     whether to stream (records time to first token)
 */
record ProviderSettings(String providerId, Optional<String> baseUrl, Optional<ApiKey> apiKey, Duration timeout,
                        boolean stream) {

    /** Default per-attempt HTTP timeout. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Reads the settings.
     *
     * @param defaultKeyVariable environment variable holding the key unless {@code api-key-env} names another
     * @param keyRequired        whether a missing key is a configuration error
     * @param baseUrlRequired    whether a missing base URL is a configuration error
     */
    static ProviderSettings read(ProviderContext context, String defaultKeyVariable, boolean keyRequired,
                                 boolean baseUrlRequired) {
        String id = context.providerId();
        Optional<String> baseUrl = context.setting(ProviderKeys.BASE_URL).map(String::trim)
                .filter(url -> !url.isEmpty());
        if (baseUrlRequired && baseUrl.isEmpty()) {
            throw new IllegalStateException("provider '" + id + "' needs a base URL: set "
                    + key(id, ProviderKeys.BASE_URL) + ", e.g. http://localhost:8000/v1");
        }
        String variable = context.setting(ProviderKeys.API_KEY_ENV).map(String::trim)
                .filter(name -> !name.isEmpty()).orElse(defaultKeyVariable);
        Optional<ApiKey> apiKey = context.environment(variable).map(ApiKey::new);
        if (keyRequired && apiKey.isEmpty()) {
            throw new IllegalStateException("provider '" + id + "' needs an API key in the environment variable "
                    + variable + " (choose another variable with " + key(id, ProviderKeys.API_KEY_ENV) + ")");
        }
        Duration timeout = Settings.get(key(id, ProviderKeys.TIMEOUT),
                context.setting(ProviderKeys.TIMEOUT), Settings::duration).orElse(DEFAULT_TIMEOUT);
        boolean stream = Settings.get(key(id, ProviderKeys.STREAM),
                context.setting(ProviderKeys.STREAM), Settings::bool).orElse(true);
        return new ProviderSettings(id, baseUrl, apiKey, timeout, stream);
    }

    /**
     * The provider's identity for the cache key and the shared rate limit: the endpoint (configured or the
     * provider's default) and the account, which is the {@code account} setting when set (so runs with rotated
     * keys, or replaying CI runs without one, share answers) and otherwise a SHA-256 of the key; the cache
     * salts the whole identity before anything reaches disk.
     */
    static Map<String, String> identity(ProviderContext context, String defaultKeyVariable, String defaultBaseUrl) {
        String baseUrl = context.setting(ProviderKeys.BASE_URL).map(String::trim).filter(url -> !url.isEmpty())
                .orElse(defaultBaseUrl);
        String variable = context.setting(ProviderKeys.API_KEY_ENV).map(String::trim)
                .filter(name -> !name.isEmpty()).orElse(defaultKeyVariable);
        String account = context.setting(ProviderKeys.ACCOUNT).map(String::trim).filter(a -> !a.isEmpty())
                .map(named -> "named:" + named)
                .or(() -> context.environment(variable).map(key -> "key-sha256:" + sha256(key)))
                .orElse("none");
        return Map.of("base-url", baseUrl, "account", account);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The full configuration key of one of this provider's settings, for messages. */
    static String key(String providerId, String setting) {
        return ProviderKeys.PREFIX + providerId + "." + setting;
    }

    /** Text from the provider with the API key scrubbed out. */
    String scrub(String text) {
        return apiKey.map(key -> key.scrub(text)).orElse(text == null ? "" : text);
    }
}

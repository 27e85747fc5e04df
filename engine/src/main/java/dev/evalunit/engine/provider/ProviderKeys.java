package dev.evalunit.engine.provider;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The configuration keys the model providers read; {@code dev.evalunit.engine.Constants} documents each for users. */
@API(status = INTERNAL, since = "0.1")
public final class ProviderKeys {

    /** Prefix of every per-provider setting: {@code evalunit.provider.<id>.<setting>}. */
    public static final String PREFIX = "evalunit.provider.";

    /** Setting: the account the API key belongs to (the cache identity). */
    public static final String ACCOUNT = "account";

    /** Setting: the provider's endpoint. */
    public static final String BASE_URL = "base-url";

    /** Setting: the environment variable holding the API key. */
    public static final String API_KEY_ENV = "api-key-env";

    /** Setting: per-attempt request timeout. */
    public static final String TIMEOUT = "timeout";

    /** Setting: whether calls stream. */
    public static final String STREAM = "stream";

    /** Setting: whether the provider's connections are opened before a suite's first call. */
    public static final String WARM_UP = "warm-up";

    /** Setting prefix: {@code price.<model>.input} and {@code .output}. */
    public static final String PRICE = "price";

    private ProviderKeys() {
    }
}

package dev.evalunit.api.spi;

import java.util.Optional;

/**
 * Adjusts what each model provider of a run sees before it builds its client. Whatever prepares the test
 * environment - typically a JUnit {@code LauncherSessionListener} that starts a local endpoint - puts one into the
 * launcher session's store ({@code LauncherSession.getStore()}) under namespace {@link #NAMESPACE} and key
 * {@link #KEY}; the engine passes every provider's {@link ProviderContext} through it. The example suites use this
 * to point providers that have no API key at the offline model simulator, so the same suites run against real
 * models when a key is set.
 *
 * <p>A value that is also {@link AutoCloseable} is closed with the session.
 */
@FunctionalInterface
public interface ProviderContextDecorator {

    /** The store namespace (a single part): {@value}. */
    String NAMESPACE = "evalunit";

    /** The store key: {@value}. */
    String KEY = "provider-context-decorator";

    /** The context the provider should build its client from; {@code context} itself when nothing changes. */
    ProviderContext decorate(ProviderContext context);

    /**
     * What reports must say about a provider this decorator changed - for instance that its models are simulated -
     * asked after {@link #decorate} saw the provider; the engine records it in the run summary. Empty by default.
     *
     * @param providerId the provider
     */
    default Optional<String> note(String providerId) {
        return Optional.empty();
    }
}

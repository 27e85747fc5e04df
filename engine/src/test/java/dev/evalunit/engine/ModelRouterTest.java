package dev.evalunit.engine;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelProvider;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.engine.provider.InProcessProvider;
import dev.evalunit.engine.provider.ModelRouter;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelRouterTest {

    @Test
    void dispatchesByProviderAndCreatesEachClientOnce() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ModelProvider upper = provider("upper", created, request -> CompletableFuture.completedFuture(
                ModelResponse.of(request.messages().get(0).text().toUpperCase(), Duration.ZERO)));
        ModelRouter router = new ModelRouter(List.of(upper, new InProcessProvider()), id -> context(id, Map.of()));

        assertThat(router.call(request("upper:any", "hi")).get().text()).isEqualTo("HI");
        assertThat(router.call(request("upper:any", "there")).get().text()).isEqualTo("THERE");
        assertThat(router.call(request("inprocess:echo", "echoed")).get().text()).isEqualTo("echoed");
        assertThat(created).hasValue(1);
        assertThat(router.providerIds()).containsExactlyInAnyOrder("upper", "inprocess");
    }

    @Test
    void anUnknownProviderFailsTheCallNamingTheProvidersThatExist() {
        ModelRouter router = new ModelRouter(List.of(new InProcessProvider()), id -> context(id, Map.of()));

        assertThatThrownBy(() -> router.call(request("nope:model", "hi")).get())
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ModelCallException.class)
                .hasMessage("no model provider 'nope' on the classpath; available: inprocess")
                .satisfies(e -> assertThat(((ModelCallException) e).kind()).isEqualTo(ErrorKind.CLIENT_ERROR));
    }

    @Test
    void aProviderThatCannotStartFailsEveryCallWithItsReasonAndIsNotRetried() {
        AtomicInteger created = new AtomicInteger();
        ModelProvider keyless = new ModelProvider() {
            @Override
            public String id() {
                return "keyless";
            }

            @Override
            public ModelClient create(ProviderContext context) {
                created.incrementAndGet();
                throw new IllegalStateException("set KEYLESS_API_KEY");
            }
        };
        ModelRouter router = new ModelRouter(List.of(keyless), id -> context(id, Map.of()));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> router.call(request("keyless:m", "hi")).get()).cause()
                    .hasMessage("model provider 'keyless' could not start: set KEYLESS_API_KEY");
        }
        assertThat(created).hasValue(1);
    }

    @Test
    void providersReadTheirOwnSettingsAndTheEnvironment() {
        ConfigurationParameters configuration = new MapConfiguration(Map.of(
                "evalunit.provider.openai.base-url", "http://127.0.0.1:9", "evalunit.provider.other.base-url", "x"));
        ProviderContext context = new ConfiguredProviderContext("openai", configuration,
                Map.of("OPENAI_API_KEY", "k", "BLANK", " ")::get);

        assertThat(context.setting("base-url")).contains("http://127.0.0.1:9");
        assertThat(context.setting("model")).isEmpty();
        assertThat(context.environment("OPENAI_API_KEY")).contains("k");
        assertThat(context.environment("BLANK")).isEmpty();
    }

    private static ModelProvider provider(String id, AtomicInteger created, ModelClient client) {
        return new ModelProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public ModelClient create(ProviderContext context) {
                created.incrementAndGet();
                return client;
            }
        };
    }

    private static ProviderContext context(String id, Map<String, String> settings) {
        return new ConfiguredProviderContext(id, new MapConfiguration(settings), name -> null);
    }

    private static ModelRequest request(String model, String text) {
        return new ModelRequest(ModelRef.parse(model), List.of(Message.user(text)), SamplingParams.DEFAULTS, 0);
    }

    private record MapConfiguration(Map<String, String> values) implements ConfigurationParameters {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public Optional<Boolean> getBoolean(String key) {
            return get(key).map(Boolean::parseBoolean);
        }

        @Override
        public Set<String> keySet() {
            return values.keySet();
        }
    }
}

package dev.evalunit.engine;

import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.spi.ProviderContextDecorator;
import dev.evalunit.engine.files.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

class ProviderContextDecoratorTest {

    @TempDir
    Path output;

    @Test
    void aDecoratorInTheLauncherSessionStoreShapesWhatProvidersSee() throws IOException {
        List<String> decorated = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        ProviderContextDecorator decorator = context -> {
            decorated.add(context.providerId());
            return new ProviderContext() {
                @Override
                public String providerId() {
                    return context.providerId();
                }

                @Override
                public Optional<String> setting(String key) {
                    return key.equals(Constants.PROVIDER_API_KEY_ENV) ? Optional.of("DECORATED_KEY_VARIABLE")
                            : context.setting(key);
                }

                @Override
                public Optional<String> environment(String name) {
                    return context.environment(name);
                }
            };
        };
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getStore().put(Namespace.create(ProviderContextDecorator.NAMESPACE), ProviderContextDecorator.KEY,
                    decorator);
            session.getLauncher().execute(request()
                    .selectors(selectClasspathResource("fixtures/decorated/keyless.eval.yaml"))
                    .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString())
                    .configurationParameter(Constants.RUN_ID, "decorated")
                    .build(), failures(problems));
        }

        assertThat(decorated).containsExactly("openai");
        // the provider looked for its key where the decorator said: the suite's preflight names that variable
        assertThat(problems).singleElement().asString().contains("DECORATED_KEY_VARIABLE");
    }

    private static TestExecutionListener failures(List<String> messages) {
        return new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                result.getThrowable().ifPresent(failure -> messages.add(failure.getMessage()));
            }
        };
    }

    @Test
    void theDecoratorsNotesOnTheProvidersASuiteUsedReachItsSummary() throws IOException {
        List<String> asked = new CopyOnWriteArrayList<>();
        ProviderContextDecorator decorator = new ProviderContextDecorator() {
            @Override
            public ProviderContext decorate(ProviderContext context) {
                return context;
            }

            @Override
            public Optional<String> note(String providerId) {
                asked.add(providerId);
                return providerId.equals("openai") ? Optional.of("simulated by a test double (seed 7)")
                        : Optional.empty();
            }
        };
        try (LauncherSession session = LauncherFactory.openSession();
             ServerSocket silent = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            session.getStore().put(Namespace.create(ProviderContextDecorator.NAMESPACE), ProviderContextDecorator.KEY,
                    decorator);
            session.getLauncher().execute(request()
                    .selectors(selectClasspathResource("fixtures/decorated/keyless.eval.yaml"))
                    .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString())
                    .configurationParameter(Constants.RUN_ID, "noted")
                    // a port that accepts connections and never answers: the call times out into an error sample
                    .configurationParameter("evalunit.provider.openai.base-url",
                            "http://127.0.0.1:" + silent.getLocalPort() + "/v1")
                    .configurationParameter("evalunit.provider.openai.api-key-env", "PATH")
                    .configurationParameter("evalunit.provider.openai.timeout", "300ms")
                    .configurationParameter("evalunit.provider.openai.max-attempts", "1")
                    .build());
        }

        Path run = output.resolve("keyless/noted");
        assertThat(asked).as("only the providers the suite used are asked").isNotEmpty().containsOnly("openai");
        assertThat(new RunFiles().readSummary(run).providerNotes())
                .containsExactly(Map.entry("openai", "simulated by a test double (seed 7)"));
        assertThat(Files.readString(run.resolve(RunFiles.SUMMARY))).contains("\"providerNotes\"");
    }
}

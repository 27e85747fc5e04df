package dev.evalunit.engine;

import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.api.spi.ProviderContextDecorator;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

class ProviderContextDecoratorTest {

    @TempDir
    Path output;

    @Test
    void aDecoratorInTheLauncherSessionStoreShapesWhatProvidersSee() throws IOException {
        List<String> decorated = new CopyOnWriteArrayList<>();
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
                    .build());
        }

        List<SampleRecord> samples;
        try (Stream<SampleRecord> results = new RunFiles().readResults(output.resolve("keyless/decorated"))) {
            samples = results.toList();
        }
        assertThat(decorated).containsExactly("openai");
        assertThat(new RunFiles().readSummary(output.resolve("keyless/decorated")).providerNotes()).isEmpty();
        assertThat(samples).singleElement().satisfies(sample ->
                assertThat(sample.error()).hasValueSatisfying(error ->
                        assertThat(error.message()).contains("DECORATED_KEY_VARIABLE")));
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
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getStore().put(Namespace.create(ProviderContextDecorator.NAMESPACE), ProviderContextDecorator.KEY,
                    decorator);
            session.getLauncher().execute(request()
                    .selectors(selectClasspathResource("fixtures/decorated/keyless.eval.yaml"))
                    .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString())
                    .configurationParameter(Constants.RUN_ID, "noted")
                    .build());
        }

        Path run = output.resolve("keyless/noted");
        assertThat(asked).as("only the providers the suite used are asked").isNotEmpty().containsOnly("openai");
        assertThat(new RunFiles().readSummary(run).providerNotes())
                .containsExactly(Map.entry("openai", "simulated by a test double (seed 7)"));
        assertThat(Files.readString(run.resolve(RunFiles.SUMMARY))).contains("\"providerNotes\"");
    }
}

package dev.evalunit.web.spring;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.winner.WinnerEvidence;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerFiles;
import dev.evalunit.bucketing.winner.WinnerVariant;
import dev.evalunit.stats.TreatmentVerdict;
import dev.evalunit.web.ExperimentFilter;
import dev.evalunit.web.ServedExperiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configuration builds the service from properties, and refuses to start without admin credentials. */
class EvalUnitWebAutoConfigurationTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EvalUnitWebAutoConfiguration.class));

    private Path winner() {
        return winner(List.of());
    }

    private Path winner(List<String> simulatedProviders) {
        Path file = dir.resolve("winner.json");
        WinnerFiles.write(new WinnerFile(1, "exp_summarize_v2", TreatmentVerdict.SHIP_TREATMENT,
                new WinnerVariant("treatment", VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.2)),
                new WinnerVariant("control", VariantConfig.of("openai:gpt-4o-mini").withTemperature(0.3)),
                new WinnerEvidence("quality", 0.4, 0.2, 0.6, 0.001, 60, 2, "ship when the interval lies above 0.25"),
                "exp_summarize_v2", "run-1", Optional.empty(), Instant.parse("2026-11-20T10:05:00Z"),
                simulatedProviders), file);
        return file;
    }

    @Test
    void isOffUnlessEnabled() {
        runner.run(context -> assertThat(context).doesNotHaveBean(ServedExperiments.class));
    }

    @Test
    void runsTheWinnerFileBehindTheFilterAndTheAdminServlet() {
        runner.withPropertyValues("evalunit.web.enabled=true", "evalunit.web.experiments=" + winner(),
                "evalunit.web.admin-token=0123456789abcdef-token", "evalunit.web.filter-path=/api/*",
                "evalunit.web.unit-header=X-User-Id").run(context -> {
            assertThat(context).hasNotFailed();
            ServedExperiments served = context.getBean(ServedExperiments.class);
            assertThat(served.ids()).containsExactly("exp_summarize_v2");
            ExperimentDefinition definition = served.status("exp_summarize_v2").definition();
            assertThat(definition.variants()).extracting(v -> v.id()).containsExactly("control", "treatment");
            assertThat(served.status("exp_summarize_v2").guardrails()).isPresent();
            FilterRegistrationBean<?> filter = context.getBean(FilterRegistrationBean.class);
            assertThat(filter.getFilter()).isInstanceOf(ExperimentFilter.class);
            assertThat(filter.getUrlPatterns()).containsExactly("/api/*");
            ServletRegistrationBean<?> admin = context.getBean(ServletRegistrationBean.class);
            assertThat(admin.getUrlMappings()).containsExactly("/admin/*");
        });
    }

    @Test
    void refusesToStartWithoutAdminCredentials() {
        runner.withPropertyValues("evalunit.web.enabled=true", "evalunit.web.experiments=" + winner()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(
                    "set evalunit.web.admin-token (at least 16 characters) or evalunit.web.admin-role");
        });
    }

    @Test
    void refusesAWinnerFromSimulatedModels() {
        runner.withPropertyValues("evalunit.web.enabled=true", "evalunit.web.admin-token=0123456789abcdef-token",
                "evalunit.web.experiments=" + winner(List.of("openai"))).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(
                    "whose models were simulated (providers openai)").hasMessageContaining("Allow.SIMULATED");
        });
    }

    @Test
    void refusesToStartWithoutExperiments() {
        runner.withPropertyValues("evalunit.web.enabled=true", "evalunit.web.admin-token=0123456789abcdef-token")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("evalunit.web.experiments is empty"));
    }
}

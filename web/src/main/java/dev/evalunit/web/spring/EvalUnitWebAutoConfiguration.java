package dev.evalunit.web.spring;

import dev.evalunit.bucketing.analysis.AnalysisPlan;
import dev.evalunit.bucketing.safety.Guardrails;
import dev.evalunit.web.AdminAccess;
import dev.evalunit.web.AdminServlet;
import dev.evalunit.web.ExperimentFiles;
import dev.evalunit.web.ExperimentFilter;
import dev.evalunit.web.ExperimentStores;
import dev.evalunit.web.ServedExperiments;
import dev.evalunit.web.UnitIdResolver;
import jakarta.servlet.Filter;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Spring Boot auto-configuration, on with {@code evalunit.web.enabled=true}: runs the configured experiments
 * on the configured stores, registers the assigning filter and the admin servlet. A {@link ServedExperiments}
 * bean of the application's own replaces the one built from properties.
 */
@AutoConfiguration
@ConditionalOnClass(Filter.class)
@ConditionalOnProperty(prefix = "evalunit.web", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(EvalUnitWebProperties.class)
@API(status = EXPERIMENTAL, since = "0.1")
public class EvalUnitWebAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ServedExperiments servedExperiments(EvalUnitWebProperties properties) {
        if (properties.experiments().isEmpty()) {
            throw new IllegalStateException("evalunit.web.experiments is empty: name at least one winner.json or "
                    + "experiment definition file");
        }
        ExperimentStores.StoreSettings settings = ExperimentStores.StoreSettings.inMemory().withAssignmentTtl(properties.assignmentTtl());
        if (properties.redisUrl() != null) {
            settings = settings.withRedis(properties.redisUrl());
        }
        if (properties.postgresUrl() != null) {
            settings = settings.withPostgres(properties.postgresUrl());
        }
        ServedExperiments served = ExperimentStores.open(settings, Clock.systemUTC());
        Optional<Guardrails> guardrails = properties.guardrails() ? Optional.of(Guardrails.articleDefaults())
                : Optional.empty();
        for (Path file : properties.experiments()) {
            served.register(ExperimentFiles.read(file), AnalysisPlan.ratingDefaults(), guardrails);
        }
        return served;
    }

    @Bean
    public FilterRegistrationBean<ExperimentFilter> evalUnitExperimentFilter(ServedExperiments experiments,
                                                                            EvalUnitWebProperties properties) {
        UnitIdResolver units = new UnitIdResolver(Optional.ofNullable(properties.unitHeader()), properties.cookieName(),
                properties.cookieMaxAge());
        FilterRegistrationBean<ExperimentFilter> registration =
                new FilterRegistrationBean<>(new ExperimentFilter(experiments, units));
        registration.addUrlPatterns(properties.filterPath());
        return registration;
    }

    @Bean
    public ServletRegistrationBean<AdminServlet> evalUnitAdminServlet(ServedExperiments experiments,
                                                                     EvalUnitWebProperties properties) {
        AdminAccess access;
        if (properties.adminToken() != null) {
            access = AdminAccess.bearerToken(properties.adminToken());
        } else if (properties.adminRole() != null) {
            access = AdminAccess.role(properties.adminRole());
        } else {
            throw new IllegalStateException("set evalunit.web.admin-token (at least 16 characters) or "
                    + "evalunit.web.admin-role: the admin endpoints can pause and kill experiments");
        }
        return new ServletRegistrationBean<>(new AdminServlet(experiments, access), properties.adminPath());
    }
}

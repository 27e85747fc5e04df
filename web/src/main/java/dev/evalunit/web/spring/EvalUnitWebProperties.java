package dev.evalunit.web.spring;

import org.apiguardian.api.API;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The {@code evalunit.web.*} properties of the Spring Boot auto-configuration.
 *
 * @param enabled       turns the auto-configuration on
 * @param experiments   the experiments to run: {@code winner.json} files or experiment definition files
 * @param filterPath    the paths the assigning filter runs on
 * @param unitHeader    a request header holding the unit id, when the service has one
 * @param cookieName    the cookie holding an anonymous visitor's id
 * @param cookieMaxAge  its lifetime
 * @param adminPath     where the admin endpoints and dashboard live
 * @param adminToken    the bearer token of the admin endpoints (at least 16 characters) ...
 * @param adminRole     ... or the role the application's security grants admins
 * @param guardrails    whether the source article's guardrails pause an experiment
 * @param redisUrl      Redis for assignments, counts and the kill switch; memory when unset
 * @param postgresUrl   PostgreSQL (JDBC URL) for events and the analysis; memory when unset
 * @param assignmentTtl how long a sticky assignment lives in Redis
 */
@ConfigurationProperties("evalunit.web")
@API(status = EXPERIMENTAL, since = "0.1")
public record EvalUnitWebProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue List<Path> experiments,
        @DefaultValue("/*") String filterPath,
        String unitHeader,
        @DefaultValue("evalunit_uid") String cookieName,
        @DefaultValue("365d") Duration cookieMaxAge,
        @DefaultValue("/admin/*") String adminPath,
        String adminToken,
        String adminRole,
        @DefaultValue("true") boolean guardrails,
        String redisUrl,
        String postgresUrl,
        @DefaultValue("30d") Duration assignmentTtl) {
}

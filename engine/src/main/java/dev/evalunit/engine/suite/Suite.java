package dev.evalunit.engine.suite;

import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A parsed, validated suite: everything the engine needs to build the test tree and run it.
 *
 * @param key            the stable text form of where the suite is defined; the suite segment of unique IDs
 * @param id             the suite id, used in run output paths
 * @param name           display name
 * @param description    free text
 * @param caseTitle      the case field that titles each case in test names, when the suite names one
 * @param source         the suite's JUnit source (file with line, or class)
 * @param variants       the variants in declaration order
 * @param cases          the cases in dataset order
 * @param repeats        repeats per case, at least 1
 * @param passRate       share of repeats that must pass for a case to pass, in [0, 1]
 * @param scorers        the scorers, created and validated
 * @param decisions      the {@code compare}, {@code gates} and {@code export} blocks, checked
 * @param inProcessModels models a Java suite supplies for {@code inprocess:<name>} references
 */
@API(status = INTERNAL, since = "0.1")
public record Suite(String key, String id, String name, Optional<String> description, Optional<String> caseTitle,
                    TestSource source,
                    List<SuiteVariant> variants, List<SuiteCase> cases, int repeats, double passRate,
                    List<SuiteScorer> scorers, DecisionSpec decisions,
                    Map<String, Function<ModelRequest, ModelResponse>> inProcessModels) {

    public Suite {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(caseTitle, "caseTitle");
        Objects.requireNonNull(source, "source");
        variants = List.copyOf(variants);
        cases = List.copyOf(cases);
        scorers = List.copyOf(scorers);
        Objects.requireNonNull(decisions, "decisions");
        inProcessModels = Map.copyOf(inProcessModels);
    }

    public Optional<SuiteVariant> variant(String variantId) {
        return variants.stream().filter(v -> v.variant().id().equals(variantId)).findFirst();
    }
}

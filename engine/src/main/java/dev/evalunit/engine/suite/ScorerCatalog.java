package dev.evalunit.engine.suite;

import dev.evalunit.api.ScorerConfigException;
import dev.evalunit.api.ScorerProvider;
import dev.evalunit.api.ScorerSetup;
import dev.evalunit.api.ScorerSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@link ScorerProvider}s on the classpath, by name; creates and validates scorers at discovery time. */
public final class ScorerCatalog {

    private final Map<String, ScorerProvider> providers;

    public ScorerCatalog(List<ScorerProvider> providers) {
        this.providers = providers.stream().collect(Collectors.toMap(ScorerProvider::name, Function.identity(),
                (first, second) -> first, TreeMap::new));
    }

    /** The providers found through {@link ServiceLoader} on the context class loader. */
    public static ScorerCatalog load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new ScorerCatalog(ServiceLoader.load(ScorerProvider.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /** Creates the scorer, or records why not at the spec's position. */
    Optional<SuiteScorer> create(ScorerSpec spec, Set<String> caseFields, Optional<Path> directory,
                                 Problems problems, Function<String, Problem> problemAt) {
        ScorerProvider provider = providers.get(spec.name());
        if (provider == null) {
            problems.add(problemAt.apply("unknown scorer '" + spec.name() + "'; scorers on the classpath: "
                    + (providers.isEmpty() ? "none" : String.join(", ", providers.keySet()))));
            return Optional.empty();
        }
        try {
            return Optional.of(new SuiteScorer(spec, provider.create(new ScorerSetup(spec, caseFields, directory))));
        } catch (ScorerConfigException e) {
            problems.add(problemAt.apply("scorer '" + spec.name() + "': " + e.getMessage()));
        } catch (RuntimeException e) {
            problems.add(problemAt.apply("scorer '" + spec.name() + "' could not be created: " + e));
        }
        return Optional.empty();
    }
}

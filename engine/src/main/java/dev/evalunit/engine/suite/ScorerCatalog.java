package dev.evalunit.engine.suite;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.api.spi.SuiteLevelScorer;
import dev.evalunit.api.spi.SuiteScorerProvider;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@link ScorerProvider}s and {@link SuiteScorerProvider}s on the classpath, by name; creates and validates
 * scorers at discovery time. A declared name needs a provider of either kind; when both exist, both parts are
 * created from the same declaration.
 */
public final class ScorerCatalog {

    private final Map<String, ScorerProvider> providers;
    private final Map<String, SuiteScorerProvider> suiteProviders;

    public ScorerCatalog(List<ScorerProvider> providers, List<SuiteScorerProvider> suiteProviders) {
        this.providers = providers.stream().collect(Collectors.toMap(ScorerProvider::name, Function.identity(),
                (first, second) -> first, TreeMap::new));
        this.suiteProviders = suiteProviders.stream().collect(Collectors.toMap(SuiteScorerProvider::name,
                Function.identity(), (first, second) -> first, TreeMap::new));
    }

    /** Per-sample providers only. */
    public ScorerCatalog(List<ScorerProvider> providers) {
        this(providers, List.of());
    }

    /** The providers found through {@link ServiceLoader} on the context class loader. */
    public static ScorerCatalog load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new ScorerCatalog(ServiceLoader.load(ScorerProvider.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList(),
                ServiceLoader.load(SuiteScorerProvider.class, loader).stream()
                        .map(ServiceLoader.Provider::get).toList());
    }

    /** Creates the scorer, or records why not at the spec's position. */
    Optional<SuiteScorer> create(ScorerSpec spec, Set<String> caseFields, Optional<Path> directory,
                                 Problems problems, Function<String, Problem> problemAt) {
        ScorerProvider provider = providers.get(spec.name());
        SuiteScorerProvider suiteProvider = suiteProviders.get(spec.name());
        if (provider == null && suiteProvider == null) {
            Set<String> names = new TreeSet<>(providers.keySet());
            names.addAll(suiteProviders.keySet());
            problems.add(problemAt.apply("unknown scorer '" + spec.name() + "'; scorers on the classpath: "
                    + (names.isEmpty() ? "none" : String.join(", ", names))));
            return Optional.empty();
        }
        ScorerSetup setup = new ScorerSetup(spec, caseFields, directory);
        try {
            Optional<Scorer> scorer = provider == null ? Optional.empty() : Optional.of(provider.create(setup));
            Optional<SuiteLevelScorer> suiteLevel = suiteProvider == null ? Optional.empty()
                    : suiteProvider.create(setup);
            if (scorer.isEmpty() && suiteLevel.isEmpty()) {
                problems.add(problemAt.apply("scorer '" + spec.name() + "' scores the whole suite but, as declared, "
                        + "has nothing to compute"));
                return Optional.empty();
            }
            return Optional.of(new SuiteScorer(spec, scorer, suiteLevel));
        } catch (ScorerConfigException e) {
            problems.add(problemAt.apply("scorer '" + spec.name() + "': " + e.getMessage()));
        } catch (RuntimeException e) {
            problems.add(problemAt.apply("scorer '" + spec.name() + "' could not be created: " + e));
        }
        return Optional.empty();
    }
}

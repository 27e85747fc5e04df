package dev.evalunit.judges.embedding;

import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;
import dev.evalunit.judges.Reference;
import dev.evalunit.judges.Threshold;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code embedding-similarity}: cosine similarity between the output's and the reference's embeddings
 * ({@code value} or {@code field}), with the embedding model named by {@code model} (default
 * {@value AllMiniLmL6V2Provider#NAME}, in-process). A measurement: it passes unless the suite sets a
 * threshold. A blank output scores 0, since it says nothing similar to anything.
 */
public final class EmbeddingSimilarityScorer implements ScorerProvider {

    @Override
    public String name() {
        return "embedding-similarity";
    }

    @Override
    public Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(Reference.KEYS);
        keys.add("model");
        Options options = Options.of(setup, keys);
        Reference reference = Reference.required(options);
        String modelName = options.string("model").orElse(AllMiniLmL6V2Provider.NAME);
        EmbeddingModelProvider provider = provider(options, modelName);
        Metric metric = new Metric(options.metric(), Threshold.atLeast(setup.spec()));
        // The provider is resolved here, the model loaded on first scoring, so discovery stays fast.
        EmbeddingSimilarity similarity = new EmbeddingSimilarity(provider::model);
        return Scorer.sync(input -> {
            var expected = reference.text(input.testCase());
            if (expected.isEmpty()) {
                return List.of(metric.error(reference.missingIn(input.testCase()), input.output()));
            }
            if (input.output().isBlank()) {
                return List.of(metric.score(0.0, "output is blank"));
            }
            OptionalDouble cosine = similarity.between(input.output(), expected.get());
            if (cosine.isEmpty()) {
                return List.of(metric.error("the reference is blank", input.output()));
            }
            return List.of(metric.score(cosine.getAsDouble(), "cosine similarity (" + modelName + ")"));
        });
    }

    private static EmbeddingModelProvider provider(Options options, String name) throws ScorerConfigException {
        Set<String> known = new TreeSet<>();
        for (EmbeddingModelProvider provider : ServiceLoader.load(EmbeddingModelProvider.class)) {
            if (provider.name().equals(name)) {
                return provider;
            }
            known.add(provider.name());
        }
        throw options.problem("model", "names embedding model '" + name + "', which no EmbeddingModelProvider "
                + "offers; known: " + known);
    }
}

package dev.evalunit.judges.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Cosine similarity of an output's embedding to a reference's. Reference embeddings are kept (one per distinct
 * reference text, i.e. per case), since every variant and repeat of a case is compared with the same one.
 */
final class EmbeddingSimilarity {

    private final Supplier<EmbeddingModel> model;
    private final Map<String, Embedding> references = new ConcurrentHashMap<>();

    /**
     * @param model supplies the model when it is first needed, so that declaring a scorer does not load it
     */
    public EmbeddingSimilarity(Supplier<EmbeddingModel> model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * The cosine similarity in [-1, 1]; empty when either text is blank, which has no meaning to embed.
     */
    public OptionalDouble between(String output, String reference) {
        if (output.isBlank() || reference.isBlank()) {
            return OptionalDouble.empty();
        }
        Embedding expected = references.computeIfAbsent(reference, this::embed);
        return OptionalDouble.of(CosineSimilarity.between(embed(output), expected));
    }

    private Embedding embed(String text) {
        return model.get().embed(text).content();
    }
}

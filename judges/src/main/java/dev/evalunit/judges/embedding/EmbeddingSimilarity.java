package dev.evalunit.judges.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** Cosine similarity of two texts' embeddings under one model. */
public final class EmbeddingSimilarity {

    private final EmbeddingModel model;

    public EmbeddingSimilarity(EmbeddingModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * The cosine similarity of the two texts' embeddings, in [-1, 1]; both are embedded in one batch. Empty
     * when either text is blank, which has no meaning to embed.
     */
    public OptionalDouble between(String a, String b) {
        if (a.isBlank() || b.isBlank()) {
            return OptionalDouble.empty();
        }
        List<Embedding> embeddings = model.embedAll(List.of(TextSegment.from(a), TextSegment.from(b))).content();
        return OptionalDouble.of(CosineSimilarity.between(embeddings.get(0), embeddings.get(1)));
    }
}

package dev.evalunit.judges.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;

/** A test embedding model plugged in through the provider SPI: counts of the letters a–z. */
public final class LetterCountProvider implements EmbeddingModelProvider {

    @Override
    public String name() {
        return "letter-count";
    }

    @Override
    public EmbeddingModel model() {
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return Response.from(segments.stream().map(segment -> {
                    float[] counts = new float[26];
                    segment.text().chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> counts[c - 'a']++);
                    return Embedding.from(counts);
                }).toList());
            }
        };
    }
}

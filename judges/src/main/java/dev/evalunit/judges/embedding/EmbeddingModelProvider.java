package dev.evalunit.judges.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Supplies a langchain4j {@link EmbeddingModel} by name to the {@code embedding-similarity} scorer's
 * {@code model} option. Found through {@link java.util.ServiceLoader}, so a team can plug in any other
 * langchain4j embedding model (a bigger ONNX model, a hosted one) by registering a provider in
 * {@code META-INF/services/dev.evalunit.judges.embedding.EmbeddingModelProvider}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface EmbeddingModelProvider {

    /** The name suites use in the {@code model} option. */
    String name();

    /**
     * The model. Called for every scorer declaration that names this provider; a provider of a model that is
     * expensive to load should return one shared instance.
     */
    EmbeddingModel model();
}

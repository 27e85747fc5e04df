package dev.evalunit.judges.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@value #NAME}: sentence-transformers' all-MiniLM-L6-v2 (384 dimensions), run in-process through ONNX
 * Runtime from the model file inside langchain4j's Maven artifact; no network. The model is loaded once, on
 * first use, and shared by every scorer.
 */
@API(status = INTERNAL, since = "0.1")
public final class AllMiniLmL6V2Provider implements EmbeddingModelProvider {

    /** The provider name, and the default of the {@code model} option. */
    public static final String NAME = "all-minilm-l6-v2";

    /** Initialisation-on-demand holder: the JVM loads the ONNX model once, when it is first needed. */
    private static final class Shared {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EmbeddingModel model() {
        return Shared.MODEL;
    }
}

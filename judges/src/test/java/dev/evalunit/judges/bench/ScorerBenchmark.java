package dev.evalunit.judges.bench;

import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.judges.Inputs;
import dev.evalunit.judges.embedding.EmbeddingSimilarityScorer;
import dev.evalunit.judges.text.ContainsAllScorer;
import dev.evalunit.judges.text.EditSimilarityScorer;
import dev.evalunit.judges.text.EqualsScorer;
import dev.evalunit.judges.text.IsJsonScorer;
import dev.evalunit.judges.text.JsonSchemaScorer;
import dev.evalunit.judges.text.LabelMatchScorer;
import dev.evalunit.judges.text.LengthScorer;
import dev.evalunit.judges.text.LevenshteinScorer;
import dev.evalunit.judges.text.RegexScorer;
import dev.evalunit.judges.text.RougeLScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time to score one sample, per scorer: a ~90-word answer against a ~70-word reference (a short JSON
 * document for the JSON scorers, a label for label-match).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScorerBenchmark {

    private static final String ANSWER = "The Eiffel Tower is a wrought-iron lattice tower on the Champ de Mars in "
            + "Paris, France. It is named after the engineer Gustave Eiffel, whose company designed and built the "
            + "tower from 1887 to 1889. Locally nicknamed \"La dame de fer\", it was constructed as the centrepiece "
            + "of the 1889 World's Fair, and to crown the centennial anniversary of the French Revolution. It is "
            + "330 metres tall, about the same height as an 81-storey building, and the tallest structure in Paris. "
            + "Visitors can reach three levels by stairs or lift.";
    private static final String REFERENCE = "The Eiffel Tower is a wrought-iron lattice tower in Paris, named after "
            + "Gustave Eiffel, whose company built it between 1887 and 1889 as the entrance to the 1889 World's "
            + "Fair. It stands 330 metres tall, is the tallest structure in Paris, and has three levels for "
            + "visitors, reachable by stairs or lifts. It marked the centenary of the French Revolution.";
    private static final String JSON = "{\"name\": \"Eiffel Tower\", \"city\": \"Paris\", \"height_m\": 330, "
            + "\"opened\": 1889, \"levels\": [1, 2, 3], \"architect\": {\"name\": \"Stephen Sauvestre\"}}";

    private ScoringInput answer;
    private ScoringInput json;
    private ScoringInput label;
    private Scorer equals;
    private Scorer containsAll;
    private Scorer regex;
    private Scorer length;
    private Scorer levenshtein;
    private Scorer editSimilarity;
    private Scorer rougeL;
    private Scorer isJson;
    private Scorer jsonSchema;
    private Scorer labelMatch;
    private Scorer embedding;

    @Setup
    public void setUp() throws Exception {
        Map<String, Object> fields = Map.of("reference", REFERENCE, "label", "positive");
        answer = Inputs.input(ModelResponse.of(ANSWER, Duration.ZERO), fields, Inputs.NO_JUDGE);
        json = Inputs.input(ModelResponse.of(JSON, Duration.ZERO), fields, Inputs.NO_JUDGE);
        label = Inputs.input(ModelResponse.of(" Positive.\n", Duration.ZERO), fields,
                Inputs.NO_JUDGE);
        Map<String, Object> reference = Map.of("field", "reference");
        equals = create(new EqualsScorer(), Map.of("field", "reference", "ignoreCase", true, "collapseWhitespace", true));
        containsAll = create(new ContainsAllScorer(), Map.of("values", List.of("Eiffel", "Paris", "330", "1889")));
        regex = create(new RegexScorer(), Map.of("pattern", "\\b\\d{3} metres\\b"));
        length = create(new LengthScorer(), Map.of("unit", "words", "max", 120));
        levenshtein = create(new LevenshteinScorer(), reference);
        editSimilarity = create(new EditSimilarityScorer(), reference);
        rougeL = create(new RougeLScorer(), reference);
        isJson = create(new IsJsonScorer(), Map.of());
        jsonSchema = create(new JsonSchemaScorer(), Map.of("schema", Map.of("type", "object",
                "required", List.of("name", "height_m"), "properties", Map.of("name", Map.of("type", "string"),
                        "height_m", Map.of("type", "number", "minimum", 0), "levels", Map.of("type", "array",
                                "items", Map.of("type", "integer"))))));
        labelMatch = create(new LabelMatchScorer(), Map.of("field", "label", "labels", List.of("positive", "negative")));
        embedding = create(new EmbeddingSimilarityScorer(), reference);
        embedding.score(answer).toCompletableFuture().join(); // loads the ONNX model outside the measurement
    }

    private static Scorer create(ScorerProvider provider, Map<String, Object> options) throws Exception {
        return Inputs.create(provider, options, "reference", "label");
    }

    private static List<Score> run(Scorer scorer, ScoringInput input) {
        return scorer.score(input).toCompletableFuture().join();
    }

    @Benchmark
    public List<Score> equalsNormalised() {
        return run(equals, answer);
    }

    @Benchmark
    public List<Score> containsAll() {
        return run(containsAll, answer);
    }

    @Benchmark
    public List<Score> regex() {
        return run(regex, answer);
    }

    @Benchmark
    public List<Score> lengthWords() {
        return run(length, answer);
    }

    @Benchmark
    public List<Score> levenshtein() {
        return run(levenshtein, answer);
    }

    @Benchmark
    public List<Score> editSimilarity() {
        return run(editSimilarity, answer);
    }

    @Benchmark
    public List<Score> rougeL() {
        return run(rougeL, answer);
    }

    @Benchmark
    public List<Score> isJson() {
        return run(isJson, json);
    }

    @Benchmark
    public List<Score> jsonSchema() {
        return run(jsonSchema, json);
    }

    @Benchmark
    public List<Score> labelMatch() {
        return run(labelMatch, label);
    }

    @Benchmark
    public List<Score> embeddingSimilarity() {
        return run(embedding, answer);
    }
}

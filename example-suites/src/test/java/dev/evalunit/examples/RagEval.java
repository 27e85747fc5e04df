package dev.evalunit.examples;

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.EvalVariant;
import dev.evalunit.api.Export;
import dev.evalunit.api.Gate;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.UseScorer;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small retrieval-augmented help desk: ten customer questions, each with the three passages a retriever found
 * (the relevant ones not always first). A grounded answerer replies with the passage that best matches the
 * question; a closed-book answerer ignores the passages and replies from "memory". The RAG triad judges them:
 * faithfulness to the retrieved passages, answer relevance to the question, and the retriever's context precision
 * (the same for both, as both see the same retrieval). The judge model is the run's default.
 */
@EvalSuite(id = "rag-help-desk", name = "Help desk answers, grounded vs closed-book", caseTitle = "question",
        description = "The RAG triad on a help desk answerer: faithfulness, answer relevance, context precision.")
@UseScorer(name = "faithfulness", options = {"context: context", "input: question"})
@UseScorer(name = "answer-relevance", options = {"input: question"})
@UseScorer(name = "context-precision", options = {"context: context", "input: question"})
@Compare(baseline = "closed-book", primary = "faithfulness", minEffect = 0.5,
        secondary = {"answer-relevance", "context-precision"})
@Gate(metric = "faithfulness", variant = "grounded", min = 3.0)
@Gate(metric = "error_rate", max = 0.05)
@Gate(decided = true, name = "the primary decision is taken")
@Export(experimentId = "rag-help-desk")
public class RagEval {

    private static final String DATASET = "/examples/rag/rag-questions.jsonl";

    @Dataset
    List<Case> questions() throws IOException {
        return ExampleDatasets.jsonl(DATASET);
    }

    @EvalVariant(id = "grounded", name = "Grounded: answers from the best-matching passage", model = "openai:gpt-4o-mini")
    ModelResponse grounded(Case question) {
        String asked = question.text("question").orElseThrow();
        List<?> passages = (List<?>) question.field("context").orElseThrow();
        String best = passages.stream().map(String::valueOf)
                .max((a, b) -> Integer.compare(shared(asked, a), shared(asked, b))).orElseThrow();
        return ModelResponse.of(best, Duration.ofMillis(1));
    }

    @EvalVariant(id = "closed-book", name = "Closed book: answers without the passages", model = "openai:gpt-4o-mini")
    ModelResponse closedBook(Case question) {
        return ModelResponse.of("Thanks for asking! Most requests like this are handled by our friendly team "
                + "within a few weeks, so please be patient and check back later.", Duration.ofMillis(1));
    }

    /** Words of four letters or more the two texts share. */
    private static int shared(String question, String passage) {
        Set<String> asked = words(question);
        return (int) words(passage).stream().filter(asked::contains).count();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(w -> w.length() >= 4).collect(Collectors.toSet());
    }
}

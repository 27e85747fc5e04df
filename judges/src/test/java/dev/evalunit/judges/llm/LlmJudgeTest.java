package dev.evalunit.judges.llm;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelCallException;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.judges.Inputs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmJudgeTest {

    private static final Map<String, Object> RUBRIC = Map.of("model", "openai:gpt-4o-mini",
            "rubric", "5 = answers the question fully and politely; 1 = wrong or rude");

    static List<Score> judge(ScorerProvider provider, Map<String, Object> options, ModelClient client, String output,
                             Map<String, Object> fields, String... caseFields) throws Exception {
        Scorer scorer = Inputs.create(provider, options, caseFields);
        return scorer.score(Inputs.input(ModelResponse.of(output, Duration.ofMillis(10)), fields, client))
                .toCompletableFuture().join();
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> options = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            options.put((String) keyValues[i], keyValues[i + 1]);
        }
        return options;
    }

    @Test
    void aUsableReplyBecomesTheScoreWithTheReasoningKept() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"Full and polite answer.\", \"score\": 4}");
        Score score = judge(new RubricJudgeScorer(), RUBRIC, client, "Paris is the capital.", Map.of()).get(0);
        assertThat(score.value()).hasValue(4.0);
        assertThat(score.passed()).isTrue();
        assertThat(score.reason()).hasValue("Full and polite answer.");
        assertThat(score.judgeFingerprint()).isPresent();
        assertThat(score.details()).containsEntry("judgeModel", "openai:gpt-4o-mini").containsEntry("attempts", 1);
        ModelRequest request = client.requests().get(0);
        assertThat(request.model().toString()).isEqualTo("openai:gpt-4o-mini");
        assertThat(request.params().temperature()).hasValue(0.0);
    }

    @Test
    void theSuitesThresholdDecidesPassing() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"ok\", \"score\": 3}");
        Scorer scorer = Inputs.create(new RubricJudgeScorer(), RUBRIC, 4.0);
        Score score = scorer.score(Inputs.input(ModelResponse.of("x", Duration.ZERO), Map.of(), client))
                .toCompletableFuture().join().get(0);
        assertThat(score.passed()).isFalse();
        assertThat(score.value()).hasValue(3.0);
    }

    @Test
    void judgeRepeatsAreDistinctRequestsAndScoresOfOneJudge() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"a\", \"score\": 4}",
                "{\"reasoning\": \"b\", \"score\": 5}", "{\"reasoning\": \"c\", \"score\": 3}");
        List<Score> scores = judge(new RubricJudgeScorer(), with(RUBRIC, "repeats", 3), client, "out", Map.of());
        assertThat(scores).extracting(Score::judgeRepeat).containsExactly(0, 1, 2);
        assertThat(scores).extracting(Score::value).extracting(v -> v.getAsDouble()).containsExactly(4.0, 5.0, 3.0);
        assertThat(scores).extracting(Score::judgeFingerprint).containsOnly(scores.get(0).judgeFingerprint());
        assertThat(client.requests()).extracting(ModelRequest::repeat).containsExactly(0, 1, 2);
        assertThat(client.requests()).extracting(ModelRequest::fingerprint).doesNotHaveDuplicates();
        assertThat(client.requests()).extracting(ModelRequest::messages).containsOnly(client.requests().get(0).messages());
    }

    @Test
    void anUnparseableReplyIsReAskedWithTheProblemAndThenUsed() throws Exception {
        ScriptedJudge client = new ScriptedJudge("I would give this a 4.", "```json\n{\"reasoning\": \"fine\", \"score\": 4}\n```");
        Score score = judge(new RubricJudgeScorer(), RUBRIC, client, "out", Map.of()).get(0);
        assertThat(score.value()).hasValue(4.0);
        assertThat(score.details()).containsEntry("attempts", 2);
        List<Message> reAsk = client.requests().get(1).messages();
        assertThat(reAsk).hasSize(4);
        assertThat(reAsk.get(2)).isEqualTo(Message.assistant("I would give this a 4."));
        assertThat(reAsk.get(3).text()).startsWith("Your reply could not be used: the reply holds no JSON object")
                .contains("\"score\": <a number from 1 to 5>");
        assertThat(client.requests().get(1).repeat()).isZero();
        // the judged sample is part of the request's identity, never of what the judge reads, and a re-ask keeps it
        assertThat(client.requests()).extracting(r -> r.keyParts().get("judged")).doesNotContainNull()
                .containsOnly(client.requests().get(0).keyParts().get("judged"));
        assertThat(client.requests().get(0).messages()).noneMatch(m -> m.text().contains(
                client.requests().get(0).keyParts().get("judged")));
    }

    @Test
    void anOutOfRangeReplyBecomesAnErrorScoreKeepingTheRawTextAfterTheRetries() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"great\", \"score\": 7}");
        Score score = judge(new RubricJudgeScorer(), with(RUBRIC, "maxRetries", 2), client, "out", Map.of()).get(0);
        assertThat(score.isError()).isTrue();
        assertThat(score.value()).isEmpty();
        assertThat(score.passed()).isFalse();
        assertThat(score.error()).hasValue("judge reply unusable after 3 attempt(s): score 7 is outside the scale 1 to 5");
        assertThat(score.reason()).hasValue("{\"reasoning\": \"great\", \"score\": 7}");
        assertThat(client.requests()).hasSize(3);
    }

    @Test
    void missingFieldsAndWrongTypesAreUnusable() throws Exception {
        Map<String, Object> noRetry = with(RUBRIC, "maxRetries", 0);
        assertThat(judge(new RubricJudgeScorer(), noRetry, new ScriptedJudge("{\"score\": \"four\", \"reasoning\": \"x\"}"),
                "out", Map.of()).get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("'score' is not a number: \"four\""));
        assertThat(judge(new RubricJudgeScorer(), noRetry, new ScriptedJudge("{\"score\": [4], \"reasoning\": \"x\"}"),
                "out", Map.of()).get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("'score' is missing or not a number"));
        assertThat(judge(new RubricJudgeScorer(), noRetry, new ScriptedJudge("{\"score\": 4}"),
                "out", Map.of()).get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("'reasoning' is missing"));
        assertThat(judge(new RubricJudgeScorer(), noRetry, new ScriptedJudge("{\"score\": 4, "),
                "out", Map.of()).get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("not valid JSON"));
        assertThat(judge(new RubricJudgeScorer(), noRetry, new ScriptedJudge("I cannot judge this."),
                "out", Map.of()).get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("holds no JSON object"));
        assertThat(judge(new RubricJudgeScorer(), noRetry, new ScriptedJudge(""),
                "out", Map.of()).get(0).isError()).isTrue();
    }

    @Test
    void ambiguousRepliesAreRefusedAndReAskedNeverResolvedSilently() throws Exception {
        String two = "{\"reasoning\": \"first\", \"score\": 2} or rather {\"reasoning\": \"second\", \"score\": 5}";
        String duplicate = "{\"reasoning\": \"r\", \"score\": 2, \"score\": 5}";
        Map<String, Object> noRetry = with(RUBRIC, "maxRetries", 0);
        assertThat(judge(new RubricJudgeScorer(), noRetry, new ScriptedJudge(two), "out", Map.of()).get(0).error())
                .hasValueSatisfying(e -> assertThat(e).contains("2 JSON objects, which is ambiguous"));
        assertThat(judge(new RubricJudgeScorer(), noRetry, new ScriptedJudge(duplicate), "out", Map.of()).get(0).error())
                .hasValueSatisfying(e -> assertThat(e).contains("ambiguous", "Duplicate field 'score'"));
        // re-asked, the judge answers usably: the ambiguous reply cost one extra call, not a wrong score
        ScriptedJudge client = new ScriptedJudge(two, "{\"reasoning\": \"once\", \"score\": 4}");
        Score score = judge(new RubricJudgeScorer(), RUBRIC, client, "out", Map.of()).get(0);
        assertThat(score.value()).hasValue(4.0);
        assertThat(client.requests()).hasSize(2);
    }

    @Test
    void thinkingProseBracesAndScoresWrittenAsTextAreReadInOneCall() throws Exception {
        Map<String, String> replies = Map.of(
                "<think>The {rubric} wants {\"score\": 1}? No: it is good.</think>\n{\"reasoning\": \"good\", \"score\": 4}", "4",
                "Looking at {the answer} as a whole: {\"reasoning\": \"good\", \"score\": 3}", "3",
                "```json\n{\"reasoning\": \"good\", \"score\": \"4\"}\n```", "4",
                "{\"reasoning\": \"good\", \"score\": \"4/5\"}", "4",
                "{\"reasoning\": \"good\", \"score\": \" 2.5 \"}", "2.5");
        for (Map.Entry<String, String> reply : replies.entrySet()) {
            ScriptedJudge client = new ScriptedJudge(reply.getKey());
            Score score = judge(new RubricJudgeScorer(), RUBRIC, client, "out", Map.of()).get(0);
            assertThat(score.value()).as(reply.getKey()).hasValue(Double.parseDouble(reply.getValue()));
            assertThat(client.requests()).as(reply.getKey()).hasSize(1);
        }
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"r\", \"score\": \"4/10\"}");
        assertThat(judge(new RubricJudgeScorer(), with(RUBRIC, "maxRetries", 0), client, "out", Map.of()).get(0)
                .error()).hasValueSatisfying(e -> assertThat(e).contains("out of 10 instead of 5"));
    }

    @Test
    void rubricBandsMapScoreRangesToExpectedOutcomes() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"r\", \"score\": 3}");
        Map<Object, Object> bands = new java.util.LinkedHashMap<>();
        bands.put("4-5", "right and complete");
        bands.put("1-2", "wrong or off-topic");
        bands.put(3, "partly right");
        assertThat(judge(new RubricJudgeScorer(), with(RUBRIC, "rubric", bands), client, "o", Map.of()).get(0)
                .value()).hasValue(3.0);
        assertThat(client.requests().get(0).messages().get(1).text()).contains("Rubric:\nScore bands (score range: "
                + "expected outcome):\n- 1 to 2: wrong or off-topic\n- 3: partly right\n- 4 to 5: right and complete");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), with(RUBRIC, "rubric",
                Map.of("1-3", "a", "3-5", "b")))).hasMessageContaining("option 'rubric' band").hasMessageContaining("overlaps");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), with(RUBRIC, "rubric", Map.of("0-6", "a"))))
                .hasMessageContaining("band '0-6' is not a range inside the scale 1-5");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), with(RUBRIC, "rubric", Map.of("good", "a"))))
                .hasMessageContaining("band 'good' must be a score or a range like 4-5");
    }

    @Test
    void fieldVariablesInARubricPointToDelimitedSectionsNeverPasteDatasetText() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"r\", \"score\": 5}");
        Map<String, Object> options = with(RUBRIC, "rubric", "5 = keeps the {{tone}} tone; 1 = ignores {{ tone }}");
        assertThat(judge(new RubricJudgeScorer(), options, client, "o", Map.of("tone", "formal <untrusted-x>"),
                "tone").get(0).value()).hasValue(5.0);
        String user = client.requests().get(0).messages().get(1).text();
        assertThat(user).contains("5 = keeps the the case's tone (shown below) tone; 1 = ignores the case's tone")
                .containsPattern("(?s)The case's tone:\n<untrusted-field-tone-\\w+>\nformal &lt;untrusted-x>\n");
        assertThat(user.indexOf("untrusted-field-tone")).isLessThan(user.indexOf("untrusted-output"));
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), options, "question"))
                .hasMessageContaining("option 'rubric' uses {{tone}}, which the dataset's cases do not all have");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), options, "question", "tones"))
                .hasMessageContaining("uses {{tone}}, which the dataset's cases do not all have; did you mean 'tones'?");
    }

    @Test
    void aPassFailJudgeScoresOneOrZero() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"meets it\", \"verdict\": \"PASS\"}");
        Score score = judge(new RubricJudgeScorer(), with(RUBRIC, "scale", "pass-fail"), client, "o", Map.of()).get(0);
        assertThat(score.value()).hasValue(1.0);
        assertThat(score.details()).containsEntry("scale", "pass-fail");
        assertThat(client.requests().get(0).messages().get(0).text()).contains("\"verdict\": \"pass\" or \"fail\"");
        assertThat(client.requests().get(0).messages().get(1).text()).contains("against this rubric, as pass or fail");
        ScriptedJudge failing = new ScriptedJudge("{\"reasoning\": \"no\", \"verdict\": \"fail\"}");
        assertThat(judge(new RubricJudgeScorer(), with(RUBRIC, "scale", "pass-fail"), failing, "o", Map.of()).get(0)
                .value()).hasValue(0.0);
        ScriptedJudge unsure = new ScriptedJudge("{\"reasoning\": \"hm\", \"verdict\": \"maybe\"}");
        assertThat(judge(new RubricJudgeScorer(), with(RUBRIC, "scale", "pass-fail", "maxRetries", 0), unsure, "o",
                Map.of()).get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("'verdict' must be"));
    }

    @Test
    void normalizedScoresLieOnZeroToOne() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"r\", \"score\": 4}");
        Scorer scorer = Inputs.create(new RubricJudgeScorer(), with(RUBRIC, "normalize", true), 0.7);
        Score score = scorer.score(Inputs.input(ModelResponse.of("x", Duration.ZERO), Map.of(), client))
                .toCompletableFuture().join().get(0);
        assertThat(score.value()).hasValue(0.75);
        assertThat(score.passed()).isTrue();
        assertThat(score.details()).containsEntry("normalized", true).containsEntry("scale", "1-5");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), with(RUBRIC, "normalize", true), 4.0))
                .hasMessageContaining("threshold 4.0 outside its scale 0-1 (normalize: true)");
    }

    @Test
    void aFailedJudgeCallIsAnErrorScoreNeverAnException() throws Exception {
        ModelClient failing = request -> CompletableFuture.failedFuture(
                new ModelCallException(ErrorKind.SERVER_ERROR, "HTTP 503 after 4 attempts"));
        Score score = judge(new RubricJudgeScorer(), RUBRIC, failing, "out", Map.of()).get(0);
        assertThat(score.error()).hasValue("judge call failed: ModelCallException: HTTP 503 after 4 attempts");
        ModelClient throwing = request -> {
            throw new IllegalStateException("no API key in OPENAI_API_KEY");
        };
        assertThat(judge(new RubricJudgeScorer(), RUBRIC, throwing, "out", Map.of()).get(0).error().orElseThrow())
                .contains("no API key in OPENAI_API_KEY");
    }

    @Test
    void gEvalListsTheStepsInOrder() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"coherent\", \"score\": 5}");
        Map<String, Object> options = Map.of("model", "anthropic:claude-3-5-haiku-latest",
                "criteria", "Coherence: the summary is well-structured.",
                "steps", List.of("Read the article.", "Compare the summary's order with the article's."));
        Score score = judge(new GEvalScorer(), options, client, "A summary.", Map.of()).get(0);
        assertThat(score.value()).hasValue(5.0);
        assertThat(client.requests().get(0).messages().get(1).text())
                .contains("Evaluation criteria:\nCoherence", "1. Read the article.\n2. Compare the summary");
    }

    @Test
    void gEvalWithoutStepsHasTheJudgeWriteThemOncePerRun() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"steps\": [\"Check the order.\", \"Check the transitions.\"]}",
                "{\"reasoning\": \"coherent\", \"score\": 4}", "{\"reasoning\": \"less so\", \"score\": 3}");
        Scorer scorer = Inputs.create(new GEvalScorer(), Map.of("model", "openai:gpt-4o-mini",
                "criteria", "Coherence: the summary is well-structured."));
        Score first = scorer.score(Inputs.input(ModelResponse.of("A summary.", Duration.ZERO), Map.of(), client))
                .toCompletableFuture().join().get(0);
        Score second = scorer.score(Inputs.input(ModelResponse.of("Another.", Duration.ZERO), Map.of(), client))
                .toCompletableFuture().join().get(0);
        assertThat(first.value()).hasValue(4.0);
        assertThat(second.value()).hasValue(3.0);
        // one request wrote the steps; both judgements follow them
        assertThat(client.requests()).hasSize(3);
        assertThat(client.requests().get(0).messages().get(1).text())
                .contains("Write 3 to 5 concise evaluation steps", "Coherence: the summary is well-structured.");
        for (int i = 1; i <= 2; i++) {
            assertThat(client.requests().get(i).messages().get(1).text())
                    .contains("1. Check the order.\n2. Check the transitions.");
        }
        // the generation call is counted once, on the score that caused it
        assertThat(first.judgeUsage().orElseThrow().calls()).isEqualTo(2);
        assertThat(second.judgeUsage().orElseThrow().calls()).isEqualTo(1);

        ScriptedJudge refusing = new ScriptedJudge("I would rather not.");
        Scorer failing = Inputs.create(new GEvalScorer(), Map.of("model", "openai:m", "criteria", "c",
                "maxRetries", 0));
        Score error = failing.score(Inputs.input(ModelResponse.of("x", Duration.ZERO), Map.of(), refusing))
                .toCompletableFuture().join().get(0);
        assertThat(error.error()).hasValueSatisfying(e -> assertThat(e)
                .contains("the evaluation steps could not be generated: the reply holds no JSON object"));
    }

    @Test
    void correctnessShowsTheReferenceAndInputAsDelimitedData() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"matches\", \"score\": 1}");
        Map<String, Object> options = Map.of("model", "openai:gpt-4o-mini", "field", "answer", "input", "question");
        Score score = judge(new CorrectnessJudgeScorer(), options, client, "Paris.",
                Map.of("question", "Capital of France?", "answer", "Paris"), "question", "answer").get(0);
        assertThat(score.value()).hasValue(1.0);
        String user = client.requests().get(0).messages().get(1).text();
        assertThat(user).containsPattern("(?s)<untrusted-input-\\w+>\nCapital of France\\?\n</untrusted-input-\\w+>")
                .containsPattern("(?s)<untrusted-reference-\\w+>\nParis\n</untrusted-reference-\\w+>")
                .containsPattern("(?s)<untrusted-output-\\w+>\nParis\\.\n</untrusted-output-\\w+>");
        assertThat(user.indexOf("untrusted-input")).isLessThan(user.indexOf("untrusted-reference"));
    }

    @Test
    void emptyUnicodeAndVeryLongOutputsAreJudged() throws Exception {
        for (String output : List.of("", "Zoë says e\u0301 👨‍👩‍👧 🇫🇷", "word ".repeat(50_000))) {
            ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"r\", \"score\": 2}");
            assertThat(judge(new RubricJudgeScorer(), RUBRIC, client, output, Map.of()).get(0).value()).hasValue(2.0);
            assertThat(client.requests().get(0).messages().get(1).text()).contains(output);
        }
    }

    @Test
    void declarationErrorsNameTheOption() {
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), Map.of("rubric", "r")))
                .hasMessageContaining("option 'model' is required");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), Map.of("rubric", "r", "model", "gpt-4o")))
                .hasMessageContaining("option 'model' is not a model reference");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), Map.of("model", "openai:m")))
                .hasMessageContaining("option 'rubric' is required");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), with(RUBRIC, "scale", "5-1")))
                .hasMessageContaining("option 'scale' must be 'min-max'");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), with(RUBRIC, "repeats", 0)))
                .hasMessageContaining("option 'repeats' must be a whole number from 1 to 100");
        assertThatThrownBy(() -> Inputs.create(new RubricJudgeScorer(), RUBRIC, 6.0))
                .hasMessageContaining("threshold 6.0 outside its scale 1-5");
        assertThatThrownBy(() -> Inputs.create(new GEvalScorer(), Map.of("model", "openai:m", "criteria", "c",
                "steps", List.of(" ")))).hasMessageContaining("option 'steps' must list at least one non-blank step");
        assertThatThrownBy(() -> Inputs.create(new CorrectnessJudgeScorer(), Map.of("model", "openai:m")))
                .hasMessageContaining("option 'field' is required");
        assertThatThrownBy(() -> Inputs.create(new CorrectnessJudgeScorer(), Map.of("model", "openai:m", "field", "gold"), "answer"))
                .hasMessageContaining("option 'field' names case field 'gold'");
    }

    @Test
    void scalesAreWrittenEitherWay() throws Exception {
        ScriptedJudge client = new ScriptedJudge("{\"reasoning\": \"r\", \"score\": 0.25}");
        assertThat(judge(new RubricJudgeScorer(), with(RUBRIC, "scale", List.of(0, 1)), client, "o", Map.of())
                .get(0).value()).hasValue(0.25);
        assertThat(judge(new RubricJudgeScorer(), with(RUBRIC, "scale", "0-1"), client, "o", Map.of())
                .get(0).details()).containsEntry("scale", "0-1");
    }
}

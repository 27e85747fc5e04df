package dev.evalunit.judges.llm;

import dev.evalunit.api.Case;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.judges.Inputs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairwiseJudgeTest {

    private static final Case CASE = Case.of("c1", Map.of("question", "Capital of France?"));
    private static final Map<String, Object> OPTIONS = Map.of("model", "openai:gpt-4o-mini",
            "criteria", "Correct and concise.", "input", "question");

    /** A judge client whose reply depends on which output it is shown first; records requests. */
    private static final class Judge implements ModelClient {
        final List<ModelRequest> requests = new ArrayList<>();
        final Function<String, String> reply;

        Judge(Function<String, String> replyByUserPrompt) {
            this.reply = replyByUserPrompt;
        }

        @Override
        public synchronized CompletableFuture<ModelResponse> call(ModelRequest request) {
            requests.add(request);
            return CompletableFuture.completedFuture(ModelResponse.of(
                    reply.apply(request.messages().get(1).text()), Duration.ZERO));
        }
    }

    private static boolean shownFirst(String user, String output) {
        return user.indexOf(output) < user.indexOf("The second response");
    }

    private static PairwiseVerdict compare(ModelClient judge) throws Exception {
        PairwiseJudge pairwise = PairwiseJudge.create(Inputs.setup(PairwiseJudge.NAME, OPTIONS, OptionalDouble.empty(), "question"));
        return pairwise.compare(CASE, "Paris.", "It is Lyon, probably.", judge, List.of("a", "b", "0"), 0).toCompletableFuture().join();
    }

    @Test
    void aConsistentJudgeDecidesAndBothOrdersAreAsked() throws Exception {
        Judge judge = new Judge(user -> "{\"reasoning\": \"Paris is right\", \"winner\": \""
                + (shownFirst(user, "Paris.") ? "first" : "second") + "\"}");
        PairwiseVerdict verdict = compare(judge);
        assertThat(verdict).isEqualTo(new PairwiseVerdict.Decided(PairwiseVerdict.Preference.A, false,
                Optional.empty(), "Paris is right", "Paris is right"));
        assertThat(judge.requests).hasSize(2);
        assertThat(judge.requests).extracting(ModelRequest::repeat).containsOnly(0);
        assertThat(shownFirst(judge.requests.get(0).messages().get(1).text(), "Paris.")).isTrue();
        assertThat(shownFirst(judge.requests.get(1).messages().get(1).text(), "Paris.")).isFalse();
        assertThat(judge.requests.get(0).messages().get(1).text()).contains("<untrusted-input-", "<untrusted-first-",
                "<untrusted-second-");
    }

    @Test
    void aJudgeThatAlwaysPicksTheFirstSlotGivesATieCountedAsPositionBias() throws Exception {
        PairwiseVerdict verdict = compare(new Judge(user -> "{\"reasoning\": \"first looks good\", \"winner\": \"first\"}"));
        assertThat(verdict).isInstanceOfSatisfying(PairwiseVerdict.Decided.class, decided -> {
            assertThat(decided.preference()).isEqualTo(PairwiseVerdict.Preference.TIE);
            assertThat(decided.positionBias()).isTrue();
            assertThat(decided.favoured()).hasValue(PairwiseVerdict.Position.FIRST);
        });
    }

    @Test
    void anUnusableOrderFailsTheVerdictKeepingTheRawReply() throws Exception {
        PairwiseVerdict verdict = compare(new Judge(user -> shownFirst(user, "Paris.")
                ? "{\"reasoning\": \"r\", \"winner\": \"A\"}" : "{\"reasoning\": \"r\", \"winner\": \"second\"}"));
        assertThat(verdict).isInstanceOfSatisfying(PairwiseVerdict.Failed.class, failed -> {
            assertThat(failed.error()).isEqualTo("judge reply (A first) unusable after 3 attempt(s): "
                    + "winner 'a' is not one of first, second, tie");
            assertThat(failed.raw()).hasValue("{\"reasoning\": \"r\", \"winner\": \"A\"}");
        });
    }

    @Test
    void theTallyCountsWinsTiesBiasAndFailures() {
        List<PairwiseVerdict> verdicts = List.of(
                new PairwiseVerdict.Decided(PairwiseVerdict.Preference.B, false, Optional.empty(), "", ""),
                new PairwiseVerdict.Decided(PairwiseVerdict.Preference.B, false, Optional.empty(), "", ""),
                new PairwiseVerdict.Decided(PairwiseVerdict.Preference.A, false, Optional.empty(), "", ""),
                new PairwiseVerdict.Decided(PairwiseVerdict.Preference.TIE, true, Optional.of(PairwiseVerdict.Position.FIRST), "", ""),
                new PairwiseVerdict.Decided(PairwiseVerdict.Preference.TIE, false, Optional.empty(), "", ""),
                new PairwiseVerdict.Failed("unusable", Optional.of("raw")));
        PairwiseTally tally = PairwiseTally.of(verdicts);
        assertThat(tally).isEqualTo(new PairwiseTally(1, 2, 2, 1, 1, 0, 1));
        assertThat(tally.bWinRate()).hasValue(3.0 / 5);
        assertThat(tally.positionBiasRate()).hasValue(1.0 / 5);
        assertThat(PairwiseTally.of(List.of()).bWinRate()).isEmpty();
    }

    @Test
    void declarationErrorsNameTheOption() {
        assertThatThrownBy(() -> PairwiseJudge.create(Inputs.setup(PairwiseJudge.NAME,
                Map.of("model", "openai:gpt-4o-mini"), OptionalDouble.empty())))
                .hasMessageContaining("option 'criteria' is required");
        assertThatThrownBy(() -> PairwiseJudge.create(Inputs.setup(PairwiseJudge.NAME,
                Map.of("model", "openai:gpt-4o-mini", "criteria", "c", "order", "random"), OptionalDouble.empty())))
                .hasMessageContaining("option 'order' is not an option");
    }
}

package dev.evalunit.judges.llm;

import dev.evalunit.api.Case;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.api.run.SuiteFinding;
import dev.evalunit.judges.Options;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * {@code pairwise-judge}: compares two variants' outputs on the same case under the suite's
 * {@code criteria}, once with A shown first and once with B shown first (same judge repeat index, distinct
 * requests). When the orders disagree the verdict is a tie and counts as position bias. Options: those of
 * {@link JudgeSettings}, {@code criteria} (required), {@code input} and {@code field} (case fields shown as the
 * request and a reference answer), {@code maxPositionBias} (share of order-dependent verdicts above which the
 * judge is flagged, default 0.3).
 *
 * <p>This is a suite-level comparison, not a per-sample {@link dev.evalunit.api.spi.Scorer}: the engine calls
 * {@link #compare} once both variants have an output for a case, and tallies the verdicts with
 * {@link PairwiseTally}.
 */
public final class PairwiseJudge {

    /** The name suites use. */
    public static final String NAME = "pairwise-judge";

    private final JudgeSettings settings;
    private final JudgePrompt prompt;
    private final PreferenceReply format = new PreferenceReply();
    private final Optional<String> input;
    private final Optional<String> reference;
    private final double maxPositionBias;

    private PairwiseJudge(JudgeSettings settings, String criteria, Optional<String> input, Optional<String> reference,
                          double maxPositionBias) {
        this.settings = settings;
        this.maxPositionBias = maxPositionBias;
        this.prompt = new JudgePrompt("Compare the two responses below on these criteria and decide which is "
                + "better; answer \"tie\" only if they are equally good. The order in which they are shown "
                + "means nothing.\n\nCriteria:\n" + criteria.strip(), format);
        this.input = input;
        this.reference = reference;
    }

    /**
     * Validates a declaration and builds the judge.
     *
     * @throws ScorerConfigException naming the option that is wrong
     */
    public static PairwiseJudge create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(JudgeSettings.KEYS);
        keys.addAll(Set.of("criteria", "input", "field", "maxPositionBias"));
        Options options = Options.of(setup, keys);
        double maxPositionBias = options.number("maxPositionBias")
                .orElse(SuiteFinding.Pairwise.DEFAULT_MAX_POSITION_BIAS);
        if (!(maxPositionBias > 0 && maxPositionBias <= 1)) {
            throw options.problem("maxPositionBias", "must be a share above 0 and at most 1, was " + maxPositionBias);
        }
        return new PairwiseJudge(JudgeSettings.from(options), options.requiredString("criteria"),
                options.caseField("input"), options.caseField("field"), maxPositionBias);
    }

    /** The position bias above which the judge is flagged. */
    public double maxPositionBias() {
        return maxPositionBias;
    }

    /** How many times each pair is judged (each time in both orders). */
    public int repeats() {
        return settings.repeats();
    }

    /** The fingerprint of this judge's configuration. */
    public String fingerprint() {
        return prompt.fingerprint(settings);
    }

    /**
     * Judges one case's pair in both orders. Never completes exceptionally: failures are {@link PairwiseVerdict.Failed}.
     *
     * @param client the engine's judge client
     * @param pair   what is compared: the two variants and the generation repeat, kept apart in the cache
     * @param repeat the judge repeat index
     */
    public CompletionStage<PairwiseVerdict> compare(Case testCase, String outputA, String outputB, ModelClient client,
                                                    List<String> pair, int repeat) {
        JudgeExchange exchange = new JudgeExchange(client, settings.maxRetries());
        List<String> parts = new ArrayList<>(pair);
        parts.add(testCase.id());
        String judged = JudgedSample.reference(parts.toArray(String[]::new));
        var aFirst = exchange.run(request(testCase, outputA, outputB, judged, repeat), format).toCompletableFuture();
        var bFirst = exchange.run(request(testCase, outputB, outputA, judged, repeat), format).toCompletableFuture();
        return aFirst.thenCombine(bFirst, PairwiseJudge::verdict);
    }

    private ModelRequest request(Case testCase, String first, String second, String judged, int repeat) {
        List<JudgePrompt.Section> sections = new ArrayList<>();
        input.ifPresent(field -> sections.add(new JudgePrompt.Section("input", "The request both responses answer",
                testCase.text(field).orElse(""))));
        reference.ifPresent(field -> sections.add(new JudgePrompt.Section("reference", "The reference answer",
                testCase.text(field).orElse(""))));
        sections.add(new JudgePrompt.Section("first", "The first response", first));
        sections.add(new JudgePrompt.Section("second", "The second response", second));
        return new ModelRequest(settings.model(), prompt.messages(sections), settings.params(), repeat)
                .withKeyPart(JudgedSample.KEY, judged);
    }

    private static PairwiseVerdict verdict(JudgeOutcome<PreferenceReply.Choice> aFirst,
                                           JudgeOutcome<PreferenceReply.Choice> bFirst) {
        Optional<PairwiseVerdict> failed = failure("A first", aFirst).or(() -> failure("B first", bFirst));
        if (failed.isPresent()) {
            return failed.get();
        }
        PreferenceReply.Choice one = ((JudgeOutcome.Usable<PreferenceReply.Choice>) aFirst).value();
        PreferenceReply.Choice two = ((JudgeOutcome.Usable<PreferenceReply.Choice>) bFirst).value();
        PairwiseVerdict.Preference first = preference(one.slot(), PairwiseVerdict.Preference.A, PairwiseVerdict.Preference.B);
        PairwiseVerdict.Preference second = preference(two.slot(), PairwiseVerdict.Preference.B, PairwiseVerdict.Preference.A);
        boolean agree = first == second;
        Optional<PairwiseVerdict.Position> favoured = agree || one.slot() != two.slot()
                || one.slot() == PreferenceReply.Slot.TIE ? Optional.empty()
                : Optional.of(one.slot() == PreferenceReply.Slot.FIRST
                ? PairwiseVerdict.Position.FIRST : PairwiseVerdict.Position.SECOND);
        return new PairwiseVerdict.Decided(agree ? first : PairwiseVerdict.Preference.TIE, !agree, favoured,
                one.reasoning(), two.reasoning());
    }

    private static PairwiseVerdict.Preference preference(PreferenceReply.Slot slot, PairwiseVerdict.Preference shownFirst,
                                                         PairwiseVerdict.Preference shownSecond) {
        return switch (slot) {
            case FIRST -> shownFirst;
            case SECOND -> shownSecond;
            case TIE -> PairwiseVerdict.Preference.TIE;
        };
    }

    private static Optional<PairwiseVerdict> failure(String order, JudgeOutcome<PreferenceReply.Choice> outcome) {
        if (outcome instanceof JudgeOutcome.Unusable<PreferenceReply.Choice> unusable) {
            return Optional.of(new PairwiseVerdict.Failed("judge reply (" + order + ") unusable after "
                    + unusable.attempts() + " attempt(s): " + unusable.problem(), Optional.of(unusable.raw())));
        }
        if (outcome instanceof JudgeOutcome.CallFailed<PreferenceReply.Choice> failed) {
            return Optional.of(new PairwiseVerdict.Failed("judge call (" + order + ") failed: " + failed.message(),
                    Optional.empty()));
        }
        return Optional.empty();
    }
}

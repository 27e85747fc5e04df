package dev.evalunit.judges.llm;

import dev.evalunit.api.run.TokenLogprob;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * G-Eval's probability-weighted score (Liu et al., 2023): instead of the one score the judge wrote, the sum of
 * every score on the scale weighted by the probability the judge gave its token, Σ p(s)·s / Σ p(s), from the
 * {@code top_logprobs} at the position of the reply's score. Only whole-number scores written as one token (after
 * the same prefix, such as a space) count; when the reply's tokens do not spell the reply, or its score is not one
 * such token, there is no weighted score and the written one stands (judge repeats then average the noise).
 */
final class ScoreProbabilities {

    /** How many most likely tokens a weighting judge asks for per position: OpenAI's maximum. */
    static final int TOP = 20;

    /** The score field's value in the raw reply: the last one, as the JSON object read is the reply's last. */
    private static final Pattern SCORE = Pattern.compile("\"score\"\\s*:\\s*\"?(-?\\d+)");

    private ScoreProbabilities() {
    }

    /**
     * The weighted score, or empty when the tokens do not allow one.
     *
     * @param raw    the reply the score was read from
     * @param tokens the reply's tokens with their most likely alternatives
     * @param scale  the scale; only its whole numbers are weighted
     */
    static OptionalDouble weighted(String raw, List<TokenLogprob> tokens, Scale scale) {
        Matcher matcher = SCORE.matcher(raw);
        int digits = -1;
        int end = -1;
        while (matcher.find()) {
            digits = matcher.start(1);
            end = matcher.end(1);
        }
        if (digits < 0 || tokens.isEmpty()) {
            return OptionalDouble.empty();
        }
        int offset = 0;
        for (TokenLogprob token : tokens) {
            int next = offset + token.token().length();
            if (!raw.startsWith(token.token(), offset)) {
                return OptionalDouble.empty(); // the tokens do not spell the reply
            }
            if (next >= end) {
                return next == end && offset <= digits
                        ? weigh(raw.substring(offset, digits), token.top(), scale) : OptionalDouble.empty();
            }
            offset = next;
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble weigh(String prefix, List<TokenLogprob.Candidate> candidates, Scale scale) {
        double mass = 0;
        double sum = 0;
        for (TokenLogprob.Candidate candidate : candidates) {
            if (!candidate.token().startsWith(prefix)) {
                continue;
            }
            String rest = candidate.token().substring(prefix.length());
            if (!rest.matches("-?\\d{1,6}")) {
                continue;
            }
            int score = Integer.parseInt(rest);
            if (scale.contains(score)) {
                double p = Math.exp(candidate.logprob());
                mass += p;
                sum += p * score;
            }
        }
        return mass > 0 ? OptionalDouble.of(sum / mass) : OptionalDouble.empty();
    }
}

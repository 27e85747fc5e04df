package dev.evalunit.engine.provider;

import dev.evalunit.api.run.TokenUsage;

/**
 * A model's price in US dollars per million tokens.
 *
 * @param inputPerMillion  prompt tokens
 * @param outputPerMillion completion tokens
 */
record Price(double inputPerMillion, double outputPerMillion) {

    Price {
        if (!(inputPerMillion >= 0) || !(outputPerMillion >= 0)
                || !Double.isFinite(inputPerMillion) || !Double.isFinite(outputPerMillion)) {
            throw new IllegalArgumentException("prices must be finite and >= 0, were "
                    + inputPerMillion + "/" + outputPerMillion);
        }
    }

    double cost(TokenUsage usage) {
        return (usage.input() * inputPerMillion + usage.output() * outputPerMillion) / 1_000_000d;
    }
}

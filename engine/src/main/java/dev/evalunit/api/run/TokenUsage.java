package dev.evalunit.api.run;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Tokens a call consumed, as the provider reported them.
 *
 * @param input  prompt tokens
 * @param output completion tokens
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TokenUsage(int input, int output) {

    public TokenUsage {
        if (input < 0 || output < 0) {
            throw new IllegalArgumentException("token counts must be >= 0, were " + input + "/" + output);
        }
    }

    public int total() {
        return input + output;
    }
}

package dev.evalunit.api.run;

/**
 * Tokens a call consumed, as the provider reported them.
 *
 * @param input  prompt tokens
 * @param output completion tokens
 */
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

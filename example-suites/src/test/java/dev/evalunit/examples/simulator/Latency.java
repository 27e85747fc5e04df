package dev.evalunit.examples.simulator;

/**
 * A simulated call's timing: log-normal time to first token (plus prompt processing, slower for larger models)
 * and log-normal throughput for the output tokens, scaled by the simulator's time scale.
 *
 * @param firstTokenMs time to the first token
 * @param totalMs      time to the last byte
 */
record Latency(long firstTokenMs, long totalMs) {

    static Latency of(ModelProfile profile, WireResponses.Answer answer, Draws draws, double timeScale) {
        double prefillPerToken = profile.tier() == ModelProfile.Tier.LARGE ? 0.08 : 0.04;
        double first = profile.firstTokenMs() * Math.exp(0.35 * Draws.gaussian(draws.sample("first-token")))
                + answer.inputTokens() * prefillPerToken;
        double generation = answer.outputTokens() * profile.perTokenMs()
                * Math.exp(0.25 * Draws.gaussian(draws.sample("throughput")));
        return new Latency(Math.round(first * timeScale), Math.round((first + generation) * timeScale));
    }

    long generationMs() {
        return totalMs - firstTokenMs;
    }
}

package dev.evalunit.examples.simulator;

/**
 * What the simulator has done since it started, for generation calls and judge calls separately.
 *
 * @param generation calls answering a suite's prompt
 * @param judge      calls answering a judge prompt
 */
public record SimulatorStats(Tally generation, Tally judge) {

    /**
     * Outcomes of one kind of call.
     *
     * @param answers      answered successfully
     * @param rateLimited  answered 429 with {@code Retry-After}
     * @param serverErrors answered 500
     * @param timeouts     held past the client's timeout
     * @param badRequests  rejected as malformed (400) or sent to an unknown path (404)
     */
    public record Tally(long answers, long rateLimited, long serverErrors, long timeouts, long badRequests) {

        /** Every injected fault. */
        public long faults() {
            return rateLimited + serverErrors + timeouts;
        }
    }
}

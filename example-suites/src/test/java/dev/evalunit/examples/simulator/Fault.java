package dev.evalunit.examples.simulator;

import java.util.Optional;

/** The faults the simulator injects, chosen reproducibly per attempt of a request. */
enum Fault {
    RATE_LIMITED, SERVER_ERROR, TIMEOUT;

    /**
     * Whether the {@code attempt}-th arrival (0-based) of this request fails, and how: half of the faults are rate
     * limits, 30% server errors and 20% timeouts.
     */
    static Optional<Fault> draw(SimulatorOptions options, String canonical, int attempt) {
        if (options.faultRate() == 0
                || Draws.uniform(options.seed(), canonical, "fault", Integer.toString(attempt)) >= options.faultRate()) {
            return Optional.empty();
        }
        double kind = Draws.uniform(options.seed(), canonical, "fault-kind", Integer.toString(attempt));
        return Optional.of(kind < 0.5 ? RATE_LIMITED : kind < 0.8 ? SERVER_ERROR : TIMEOUT);
    }
}

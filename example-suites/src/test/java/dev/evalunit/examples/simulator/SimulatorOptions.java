package dev.evalunit.examples.simulator;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the offline simulator behaves: its seed, the share of attempts that fail with an injected fault, and the
 * factor applied to every simulated latency.
 *
 * @param seed         makes every answer, latency and fault reproducible
 * @param faultRate    share of attempts answered with a fault (429 with {@code Retry-After}, 500 or a timeout), in [0, 1)
 * @param timeScale    factor on simulated latencies (1 = realistic; smaller runs faster), in (0, 10]
 * @param timeoutDelay how long a simulated timeout keeps the client waiting before it answers anyway
 */
public record SimulatorOptions(long seed, double faultRate, double timeScale, Duration timeoutDelay) {

    /** System property holding the seed. */
    public static final String SEED = "evalunit.simulator.seed";
    /** System property holding the fault rate. */
    public static final String FAULT_RATE = "evalunit.simulator.fault-rate";
    /** System property holding the time scale. */
    public static final String TIME_SCALE = "evalunit.simulator.time-scale";

    /** No faults, realistic latencies, seed 42. */
    public static final SimulatorOptions DEFAULTS = new SimulatorOptions(42, 0, 1, Duration.ofSeconds(90));

    public SimulatorOptions {
        if (!(faultRate >= 0 && faultRate < 1)) {
            throw new IllegalArgumentException(FAULT_RATE + " must be in [0, 1), was " + faultRate);
        }
        if (!(timeScale > 0 && timeScale <= 10)) {
            throw new IllegalArgumentException(TIME_SCALE + " must be in (0, 10], was " + timeScale);
        }
        if (timeoutDelay.isNegative() || timeoutDelay.isZero()) {
            throw new IllegalArgumentException("timeoutDelay must be positive, was " + timeoutDelay);
        }
    }

    /**
     * Reads {@link #SEED}, {@link #FAULT_RATE} and {@link #TIME_SCALE} (e.g. {@code System::getProperty}); an unset
     * key keeps its default.
     *
     * @throws IllegalArgumentException naming the key when a value is not a number or out of range
     */
    public static SimulatorOptions read(Function<String, String> properties) {
        long seed = value(properties, SEED).map(text -> parse(SEED, text, Long::parseLong)).orElse(DEFAULTS.seed);
        double faults = value(properties, FAULT_RATE).map(text -> parse(FAULT_RATE, text, Double::parseDouble))
                .orElse(DEFAULTS.faultRate);
        double scale = value(properties, TIME_SCALE).map(text -> parse(TIME_SCALE, text, Double::parseDouble))
                .orElse(DEFAULTS.timeScale);
        return new SimulatorOptions(seed, faults, scale, DEFAULTS.timeoutDelay);
    }

    public SimulatorOptions withFaultRate(double rate) {
        return new SimulatorOptions(seed, rate, timeScale, timeoutDelay);
    }

    public SimulatorOptions withTimeScale(double scale) {
        return new SimulatorOptions(seed, faultRate, scale, timeoutDelay);
    }

    public SimulatorOptions withTimeoutDelay(Duration delay) {
        return new SimulatorOptions(seed, faultRate, timeScale, delay);
    }

    private static Optional<String> value(Function<String, String> properties, String key) {
        return Optional.ofNullable(properties.apply(key)).map(String::trim).filter(text -> !text.isEmpty());
    }

    private static <T> T parse(String key, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + text + "'", e);
        }
    }
}

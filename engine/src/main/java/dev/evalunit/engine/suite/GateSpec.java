package dev.evalunit.engine.suite;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One quality gate of a suite.
 *
 * @param name              its stable name: the test node's display name and unique-ID segment
 * @param condition         what must hold
 * @param metric            the metric it checks (empty for {@link Condition.Decided}, which checks the primary)
 * @param variant           the variant it checks; empty means every variant ({@link Condition.Bounds}) or
 *                          every treatment (the others)
 * @param allowInconclusive whether a gate the data cannot decide yet passes
 * @param line              its line in the suite file (0 for Java suites)
 * @param source            its source, for the gate node
 */
@API(status = INTERNAL, since = "0.1")
public record GateSpec(String name, Condition condition, Optional<String> metric, Optional<String> variant,
                       boolean allowInconclusive, int line, TestSource source) {

    public GateSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(source, "source");
    }

    /** What a gate requires. */
    public sealed interface Condition {

        /** The gate kind as {@link dev.evalunit.api.run.GateResult#kind()} names it. */
        String kind();

        /** A variant's metric value (its mean, or the variant-level value) within bounds. */
        record Bounds(OptionalDouble min, OptionalDouble max) implements Condition {
            public String kind() {
                return "threshold";
            }
        }

        /** The treatment is worse than the baseline by less than {@code margin}, by the interval. */
        record NonInferior(double margin) implements Condition {
            public String kind() {
                return "nonInferior";
            }
        }

        /** The treatment is better than the baseline by at least {@code delta}, by the interval. */
        record BetterBy(double delta) implements Condition {
            public String kind() {
                return "betterBy";
            }
        }

        /** The decision on the primary metric is not {@code CONTINUE}. */
        record Decided() implements Condition {
            public String kind() {
                return "decided";
            }
        }

        /**
         * The judge behind the gate's metric agrees with the human labels or scores of the suite's cases: no
         * calibration finding of that metric is below its bar ({@code minKappa}, {@code minAlpha},
         * {@code minSpearman}) or undefined.
         */
        record Calibrated() implements Condition {
            public String kind() {
                return "calibrated";
            }
        }
    }
}

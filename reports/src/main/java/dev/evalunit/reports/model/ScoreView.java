package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One scorer's verdict on one sample.
 *
 * @param name        the metric
 * @param value       the value; empty for an error score
 * @param passed      whether it met its threshold
 * @param reason      the check's explanation or the judge's reasoning
 * @param error       what went wrong, for an error score
 * @param judgeRepeat 0-based judge repeat index
 */
@API(status = INTERNAL, since = "0.1")
public record ScoreView(String name, OptionalDouble value, boolean passed, Optional<String> reason,
                        Optional<String> error, int judgeRepeat) {

    public ScoreView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(error, "error");
    }
}

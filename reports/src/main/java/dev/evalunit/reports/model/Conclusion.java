package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What the run concluded: the titles' verdict, the comparison's decision, the quality gates and the exported
 * winner config.
 *
 * @param verdict  what the titles say: the decision and the gates (or the cases)
 * @param decision the comparison's verdict
 * @param gates    the quality gates
 * @param winner   the exported winner config
 */
@API(status = INTERNAL, since = "0.1")
public record Conclusion(Verdict verdict, Section<DecisionBanner> decision, Section<List<GateRow>> gates,
                         Section<WinnerConfig> winner) {

    public Conclusion {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(gates, "gates");
        Objects.requireNonNull(winner, "winner");
    }
}

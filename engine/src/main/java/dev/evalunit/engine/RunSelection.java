package dev.evalunit.engine;

import dev.evalunit.engine.suite.Suite;
import org.junit.platform.engine.support.hierarchical.Node.SkipResult;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a suite's variant × case pairs a run covers. A run of fewer than all of them (one case or one
 * variant picked in an IDE, a filter) is partial: it passes or fails on what ran, while the comparison, the
 * gates and the export, which need every variant on every case, are skipped with this reason, and the suite's
 * {@code latest} keeps pointing at its last full run.
 *
 * @param variantsRun variants with at least one case in the run
 * @param variants    the suite's variants
 * @param casesRun    cases run under at least one variant
 * @param cases       the suite's cases
 * @param pairsRun    variant × case pairs in the run
 */
record RunSelection(int variantsRun, int variants, int casesRun, int cases, int pairsRun) {

    static RunSelection of(Suite suite, List<CaseDescriptor> plan) {
        Set<String> variantIds = new HashSet<>();
        Set<String> caseIds = new HashSet<>();
        plan.forEach(c -> {
            variantIds.add(c.variant().id());
            caseIds.add(c.testCase().id());
        });
        return new RunSelection(variantIds.size(), suite.variants().size(), caseIds.size(), suite.cases().size(),
                plan.size());
    }

    /** Why the run is partial, when it is. */
    Optional<String> partial() {
        if (pairsRun >= variants * cases) {
            return Optional.empty();
        }
        return Optional.of("partial run (" + variantsRun + " of " + variants + " variants, " + casesRun + " of "
                + cases + " cases): comparison, gates and export skipped, they need every variant on every case");
    }

    /** Skips a comparison or gate node of a partial run. */
    static SkipResult decisionsSkipped(EvalUnitExecutionContext context) {
        return context.suiteRun().flatMap(SuiteRun::partial).map(SkipResult::skip).orElseGet(SkipResult::doNotSkip);
    }
}

package dev.evalunit.engine.decision;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.run.Comparison;
import dev.evalunit.api.run.ErrorRateCheck;
import dev.evalunit.api.run.SampleError;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.engine.suite.CompareSpec;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.ClassSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error rates are compared per case. 10 cases × 5 repeats: the baseline fails every repeat of case 0, the
 * treatment every repeat of cases 1, 2 and 3. Counted as 50 independent samples per variant that is 5 vs 15
 * errors, which the pooled two-proportion test flags (p = 0.0124); per case it is 3 cases against 1, which the
 * exact sign-flip test does not (p = 0.625, second_pass_reference.py: {@code permutation_test} on
 * [−1, 1, 1, 1, 0, 0, 0, 0, 0, 0]).
 */
class PairedErrorRateTest {

    @Test
    void errorsThatClusterInCasesAreNotFlagged() {
        List<String> caseIds = IntStream.range(0, 10).mapToObj(i -> "case-" + i).toList();
        Observations observations = new Observations(caseIds);
        for (int i = 0; i < caseIds.size(); i++) {
            observations.add("base", caseIds.get(i), true, repeats("base", caseIds.get(i), i == 0));
            observations.add("next", caseIds.get(i), true, repeats("next", caseIds.get(i), i >= 1 && i <= 3));
        }
        CompareSpec spec = new CompareSpec("base", "quality", List.of(), 0.05, 0, CompareSpec.Correction.HOLM,
                Map.of(), ClassSource.from(PairedErrorRateTest.class));
        Comparison comparison = new Comparisons(spec, List.of("base", "next"), observations, Optional.empty(), 1000, 1L,
                List.of()).compute(Set.of());
        ErrorRateCheck check = comparison.errorRates().get(0);
        assertThat(check.baselineRate()).isEqualTo(0.1);
        assertThat(check.variantRate()).isEqualTo(0.3);
        assertThat(check.pValue()).isEqualTo(0.625);
        assertThat(check.flagged()).isFalse();
        assertThat(check.ciLow()).isNegative();
    }

    private static List<SampleRecord> repeats(String variant, String caseId, boolean failing) {
        List<SampleRecord> out = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            out.add(new SampleRecord("errors", "run", variant, caseId, k, "f",
                    failing ? Optional.empty() : Optional.of("answer"),
                    failing ? Optional.of(new SampleError(ErrorKind.TIMEOUT, "timed out", 3)) : Optional.empty(),
                    OptionalDouble.of(100), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalDouble.empty(), false, 1, Optional.empty(),
                    failing ? List.of() : List.of(Score.of("quality", 0.5 + 0.01 * k, true, null)), !failing));
        }
        return out;
    }
}

package dev.evalunit.engine.decisionfixtures;

import dev.evalunit.api.Compare;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.util.List;
import java.util.Optional;

/** The known 0.2 difference, with the 40 cases drawn from 8 source documents of 5 cases each. */
@EvalSuite(id = "clustered", repeats = 2)
@Compare(baseline = "base", primary = "quality", minEffect = 0.05, secondary = "pass_rate")
public class ClusteredSuite extends QualityModels {

    @Override
    protected Optional<String> cluster(int n) {
        return Optional.of("document-" + n / 5);
    }

    @Variants
    List<Variant> variants() {
        return List.of(variant("base"), variant("better"));
    }
}

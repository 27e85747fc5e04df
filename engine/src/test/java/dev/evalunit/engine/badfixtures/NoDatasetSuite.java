package dev.evalunit.engine.badfixtures;

import dev.evalunit.api.Case;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.EvalVariant;

/** Invalid: no @Dataset method, and a variant method with a parameter the engine cannot supply. */
@EvalSuite(id = "no-dataset")
public class NoDatasetSuite {

    @EvalVariant
    String answer(Case testCase, StringBuilder notSupplied) {
        return "";
    }
}

package dev.evalunit.engine;

import org.junit.platform.engine.DiscoverySelector;

import java.util.List;

/**
 * Some cases of one variant, used when a suite is selected at the line of an inline case: the suite
 * expands into this selector per variant, which builds the variant node and only those cases below it.
 *
 * @param variantId the variant
 * @param caseIds   the cases
 */
record CasesSelector(String variantId, List<String> caseIds) implements DiscoverySelector {

    CasesSelector {
        caseIds = List.copyOf(caseIds);
    }
}

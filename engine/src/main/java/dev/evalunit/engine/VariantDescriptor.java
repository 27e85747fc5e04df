package dev.evalunit.engine;

import dev.evalunit.engine.suite.SuiteCase;
import dev.evalunit.engine.suite.SuiteVariant;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

/** A variant of a suite: a container of its cases. */
final class VariantDescriptor extends AbstractTestDescriptor implements Node<EvalUnitExecutionContext> {

    static final String SEGMENT = "variant";

    private final SuiteVariant variant;
    private final Map<String, SuiteCase> casesById;
    private final String suiteId;
    private final Optional<String> caseTitle;

    /**
     * @param suiteId   the suite's id, which begins its cases' names
     * @param caseTitle the case field that titles cases in their names, when the suite names one
     */
    VariantDescriptor(UniqueId uniqueId, SuiteVariant variant, Map<String, SuiteCase> casesById, String suiteId,
                      Optional<String> caseTitle) {
        super(uniqueId, variant.variant().name() + " (" + variant.variant().model() + ")", variant.source());
        this.variant = variant;
        this.casesById = casesById;
        this.suiteId = suiteId;
        this.caseTitle = caseTitle;
    }

    SuiteVariant variant() {
        return variant;
    }

    Optional<CaseDescriptor> testCase(String id) {
        return Optional.ofNullable(casesById.get(id))
                .map(c -> new CaseDescriptor(getUniqueId().append(CaseDescriptor.SEGMENT, id), c, variant,
                        suiteId, caseTitle));
    }

    /** Selectors of every case of this variant. */
    Set<DiscoverySelector> caseSelectors() {
        return caseSelectors(casesById.keySet());
    }

    /** Selectors of some cases of this variant. */
    Set<DiscoverySelector> caseSelectors(Collection<String> ids) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        ids.forEach(id -> selectors.add(selectUniqueId(getUniqueId().append(CaseDescriptor.SEGMENT, id))));
        return selectors;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}

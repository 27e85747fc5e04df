package dev.evalunit.engine;

import dev.evalunit.engine.suite.GateSpec;
import dev.evalunit.engine.suite.Suite;
import dev.evalunit.engine.suite.SuiteCase;
import dev.evalunit.engine.suite.SuiteVariant;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A suite: starts its run (journal, calls submitted ahead) before its variants, and writes the summary,
 * the {@code latest} pointer and notifies run listeners after them. Its children are the variants, then
 * the comparison and the gates.
 */
final class SuiteDescriptor extends AbstractTestDescriptor implements Node<EvalUnitExecutionContext> {

    static final String SEGMENT = "suite";

    private final Suite suite;
    private final Map<String, SuiteCase> casesById = new LinkedHashMap<>();

    SuiteDescriptor(UniqueId uniqueId, Suite suite) {
        super(uniqueId, suite.name(), suite.source());
        this.suite = suite;
        suite.cases().forEach(c -> casesById.put(c.testCase().id(), c));
    }

    Suite suite() {
        return suite;
    }

    UniqueId variantId(SuiteVariant variant) {
        return getUniqueId().append(VariantDescriptor.SEGMENT, variant.variant().id());
    }

    UniqueId comparisonId() {
        return getUniqueId().append(ComparisonDescriptor.SEGMENT, ComparisonDescriptor.VALUE);
    }

    UniqueId gateId(GateSpec gate) {
        return getUniqueId().append(GateDescriptor.SEGMENT, gate.name());
    }

    Optional<ComparisonDescriptor> comparison() {
        return suite.decisions().compare().map(spec -> new ComparisonDescriptor(comparisonId(), spec, suite.id()));
    }

    Optional<GateDescriptor> gate(String name) {
        return suite.decisions().gates().stream().filter(g -> g.name().equals(name)).findFirst()
                .map(g -> new GateDescriptor(gateId(g), g, suite.id()));
    }

    Optional<VariantDescriptor> variant(String id) {
        return suite.variant(id).map(v -> new VariantDescriptor(variantId(v), v, casesById, suite.id(),
                suite.caseTitle()));
    }

    /** Whether a source points into this suite's own file (inline cases do). */
    boolean inSuiteFile(TestSource source) {
        TestSource own = getSource().orElseThrow();
        if (own instanceof FileSource file && source instanceof FileSource other) {
            return file.getFile().equals(other.getFile());
        }
        return own instanceof ClasspathResourceSource resource && source instanceof ClasspathResourceSource other
                && resource.getClasspathResourceName().equals(other.getClasspathResourceName());
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** The selected cases of every variant, in tree order. */
    List<CaseDescriptor> selectedCases() {
        List<CaseDescriptor> cases = new ArrayList<>();
        for (TestDescriptor variant : getChildren()) {
            variant.getChildren().forEach(c -> cases.add((CaseDescriptor) c));
        }
        return cases;
    }

    @Override
    public EvalUnitExecutionContext before(EvalUnitExecutionContext context) throws Exception {
        context.environment().preflight().require(suite, getChildren().stream()
                .filter(VariantDescriptor.class::isInstance).map(v -> ((VariantDescriptor) v).variant()).toList());
        return context.withSuiteRun(SuiteRun.start(context.environment(), this));
    }

    @Override
    public void after(EvalUnitExecutionContext context) throws Exception {
        if (context.suiteRun().isPresent()) {
            SuiteRun run = context.suiteRun().get();
            try {
                SuiteLevelScoring.entry(run.findings())
                        .ifPresent(entry -> context.environment().junit().reportingEntryPublished(this, entry));
                run.partial().ifPresent(reason -> context.environment().junit()
                        .reportingEntryPublished(this, ReportEntry.from("partial", reason)));
                run.finish(entry -> context.environment().junit().fileEntryPublished(this, entry));
            } finally {
                run.stopProgress();
            }
        }
    }
}

package dev.evalunit.engine;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Resolves every selector type: classes, packages and classpath roots (through JUnit's container
 * resolvers, which turn them into class and classpath-resource selectors), classpath resources and files
 * (with a line), directories and unique IDs.
 */
final class DiscoverySelectorResolver {

    /** The file name ending of YAML suites. */
    static final String SUITE_FILE_SUFFIX = ".eval.yaml";

    private final EngineDiscoveryRequestResolver<EvalUnitEngineDescriptor> resolver =
            EngineDiscoveryRequestResolver.<EvalUnitEngineDescriptor>builder()
                    .addSelectorResolver(context -> new ContainerResolver(context.getClassNameFilter(),
                            context.getPackageFilter()))
                    .addSelectorResolver(context -> new SuiteResolver(new SuiteLoader(context.getIssueReporter(),
                            context.getDiscoveryRequest().getConfigurationParameters()),
                            context.getEngineDescriptor().getUniqueId()))
                    .addTestDescriptorVisitor(context -> TestDescriptor::prune)
                    .build();

    void resolve(EngineDiscoveryRequest request, EvalUnitEngineDescriptor engine) {
        resolver.resolve(request, engine);
    }
}

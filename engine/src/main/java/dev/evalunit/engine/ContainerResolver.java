package dev.evalunit.engine;

import dev.evalunit.engine.suite.JavaSuiteReader;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.commons.support.ResourceSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Classpath roots and packages hold both kinds of suite, so one resolver turns them into class selectors
 * for {@code @EvalSuite} classes and classpath-resource selectors for {@code *.eval.yaml} files (JUnit's
 * separate container resolvers would stop at the first that finds anything).
 */
final class ContainerResolver implements SelectorResolver {

    private final Predicate<String> classNames;
    private final Predicate<String> packages;
    private final ResourceFilter suiteFiles;

    ContainerResolver(Predicate<String> classNames, Predicate<String> packages) {
        this.classNames = classNames;
        this.packages = packages;
        this.suiteFiles = ResourceFilter.of(resource -> resource.getName().endsWith(DiscoverySelectorResolver.SUITE_FILE_SUFFIX)
                && packages.test(packageOf(resource.getName())));
    }

    @Override
    public Resolution resolve(ClasspathRootSelector selector, Context context) {
        return resolution(ReflectionSupport.findAllClassesInClasspathRoot(selector.getClasspathRoot(),
                        JavaSuiteReader::isSuite, classNames),
                ResourceSupport.findAllResourcesInClasspathRoot(selector.getClasspathRoot(), suiteFiles));
    }

    @Override
    public Resolution resolve(PackageSelector selector, Context context) {
        return resolution(ReflectionSupport.findAllClassesInPackage(selector.getPackageName(),
                        JavaSuiteReader::isSuite, classNames),
                ResourceSupport.findAllResourcesInPackage(selector.getPackageName(), suiteFiles));
    }

    private static Resolution resolution(List<Class<?>> classes, List<Resource> resources) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        classes.forEach(type -> selectors.add(DiscoverySelectors.selectClass(type)));
        resources.forEach(resource -> selectors.add(DiscoverySelectors.selectClasspathResource(resource.getName())));
        return selectors.isEmpty() ? Resolution.unresolved() : Resolution.selectors(selectors);
    }

    private static String packageOf(String resourceName) {
        int slash = resourceName.lastIndexOf('/');
        return slash < 0 ? "" : resourceName.substring(0, slash).replace('/', '.');
    }
}

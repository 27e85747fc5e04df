package dev.evalunit.engine;

import dev.evalunit.engine.suite.JavaSuiteReader;
import dev.evalunit.engine.suite.Location;
import dev.evalunit.engine.suite.SuiteLoad;
import dev.evalunit.engine.suite.SuiteVariant;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

/**
 * Turns selectors into suite, variant and case nodes. Every node is reachable by unique ID
 * ({@code [suite:<key>]/[variant:<id>]/[case:<id>]}, the key being {@code classpath:<resource>},
 * {@code file:<path>} or {@code class:<name>}), so a suite selected as a whole expands into the unique IDs
 * of its variants and cases, and re-running one case from an IDE builds only that case.
 */
final class SuiteResolver implements SelectorResolver {

    private final SuiteLoader loader;
    private final UniqueId engineId;

    /** @param engineId the engine's unique ID, itself nested when the engine runs inside a {@code @Suite} */
    SuiteResolver(SuiteLoader loader, UniqueId engineId) {
        this.loader = loader;
        this.engineId = engineId;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> type = selector.getJavaClass();
        return JavaSuiteReader.isSuite(type) ? suite(loader.load(type), Optional.empty(), context)
                : Resolution.unresolved();
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String name = selector.getClasspathResourceName();
        if (!isSuiteFile(name)) {
            return selector.getPosition().map(line -> datasetLine(new DatasetLine(name, line.getLine()),
                    ClasspathResourceSource.from(name, sourceLine(line)), context))
                    .orElseGet(Resolution::unresolved);
        }
        return suite(loader.load(new Location.ClasspathLocation(name)), selector.getPosition(), context);
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        if (!isSuiteFile(selector.getRawPath())) {
            return selector.getPosition().map(line -> datasetLine(new DatasetLine(
                    selector.getPath().toAbsolutePath().normalize().toString(), line.getLine()),
                    FileSource.from(selector.getFile(), sourceLine(line)), context))
                    .orElseGet(Resolution::unresolved);
        }
        return suite(loader.load(new Location.FileLocation(selector.getPath())), selector.getPosition(), context);
    }

    /** The suite files below a directory; a directory that cannot be listed is a warning, and the walk goes on. */
    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(selector.getPath(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (Files.isRegularFile(file) && isSuiteFile(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    loader.unreadable(file, e);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            loader.unreadable(selector.getPath(), e);
        }
        Set<DiscoverySelector> suites = found.stream().sorted().map(file -> selectFile(file.toFile()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return suites.isEmpty() ? Resolution.unresolved() : Resolution.selectors(suites);
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId uniqueId = selector.getUniqueId();
        int depth = engineId.getSegments().size();
        if (!uniqueId.hasPrefix(engineId) || uniqueId.getSegments().size() == depth) {
            return Resolution.unresolved();
        }
        List<UniqueId.Segment> segments = uniqueId.getSegments().subList(depth - 1, uniqueId.getSegments().size());
        if (!segments.get(1).getType().equals(SuiteDescriptor.SEGMENT)) {
            return Resolution.unresolved();
        }
        String key = segments.get(1).getValue();
        if (segments.size() == 2) {
            return suiteByKey(key).map(load -> suite(load, Optional.empty(), context)).orElseGet(Resolution::unresolved);
        }
        UniqueId parent = uniqueId.removeLastSegment();
        UniqueId.Segment last = segments.get(segments.size() - 1);
        if (segments.size() == 3 && (last.getType().equals(ComparisonDescriptor.SEGMENT)
                || last.getType().equals(GateDescriptor.SEGMENT))) {
            return context.addToParent(() -> selectUniqueId(parent), node -> node instanceof SuiteDescriptor suite
                            ? decision(suite, last) : Optional.empty())
                    .map(decision -> Resolution.match(Match.exact(decision)))
                    .orElseGet(Resolution::unresolved);
        }
        if (segments.size() == 3 && last.getType().equals(VariantDescriptor.SEGMENT)) {
            return context.addToParent(() -> selectUniqueId(parent), node -> node instanceof SuiteDescriptor suite
                            ? suite.variant(last.getValue()) : Optional.empty())
                    .map(variant -> Resolution.match(Match.exact(variant, variant::caseSelectors)))
                    .orElseGet(Resolution::unresolved);
        }
        if (segments.size() == 4 && last.getType().equals(CaseDescriptor.SEGMENT)) {
            return context.addToParent(() -> selectUniqueId(parent), node -> node instanceof VariantDescriptor variant
                            ? variant.testCase(last.getValue()) : Optional.empty())
                    .map(testCase -> Resolution.match(Match.exact(testCase)))
                    .orElseGet(Resolution::unresolved);
        }
        return Resolution.unresolved();
    }

    private Optional<SuiteLoad> suiteByKey(String key) {
        if (key.startsWith(JavaSuiteReader.PREFIX)) {
            return ReflectionSupport.tryToLoadClass(key.substring(JavaSuiteReader.PREFIX.length())).toOptional()
                    .filter(JavaSuiteReader::isSuite).map(loader::load);
        }
        return Location.fromKey(key).map(loader::load);
    }

    /**
     * The case at a dataset line, under every variant of each suite that reads the dataset; a line that is no case
     * of any of them is a warning naming it.
     */
    private Resolution datasetLine(DatasetLine line, TestSource source, Context context) {
        Set<Match> matches = new LinkedHashSet<>();
        for (Location location : line.candidateSuites()) {
            SuiteLoad load = loader.load(location);
            List<String> caseIds = load.suite().map(line::caseIds).orElse(List.of());
            // a suite that cannot be read fails with its problems rather than hiding behind "no case at this line"
            if (!caseIds.isEmpty() || load.suite().isEmpty()) {
                matches.addAll(suite(load, suite -> casesInEveryVariant(suite, caseIds), context).getMatches());
            }
        }
        if (matches.isEmpty()) {
            loader.nothingAtLine(source, line.path(), line.line(), "no case of a suite that reads this dataset starts"
                    + " at this line");
            return Resolution.unresolved();
        }
        return Resolution.matches(matches);
    }

    /**
     * A suite file, whole when no line is given or the line is the suite's own, else the variants or inline cases
     * declared at that line; a line that declares none of them is a warning naming it, and selects nothing.
     */
    private Resolution suite(SuiteLoad load, Optional<FilePosition> position, Context context) {
        return suite(load, suite -> {
            int line = position.map(FilePosition::getLine).orElse(0);
            if (line <= 0 || line == ownLine(suite)) {
                return variants(suite);
            }
            Set<DiscoverySelector> atLine = atLine(suite, line);
            if (atLine.isEmpty()) {
                loader.nothingAtLine(suite.getSource().orElseThrow(), load.key(), line,
                        "no variant or case of the suite is declared at this line");
            }
            return atLine;
        }, context);
    }

    /** The line of the suite's own source (its first line), or 0 for a suite class. */
    private static int ownLine(SuiteDescriptor suite) {
        TestSource source = suite.getSource().orElseThrow();
        Optional<org.junit.platform.engine.support.descriptor.FilePosition> position = source instanceof FileSource file
                ? file.getPosition() : source instanceof ClasspathResourceSource resource ? resource.getPosition()
                : Optional.empty();
        return position.map(org.junit.platform.engine.support.descriptor.FilePosition::getLine).orElse(0);
    }

    /** A selector's line as a test source's line. */
    private static org.junit.platform.engine.support.descriptor.FilePosition sourceLine(FilePosition line) {
        return org.junit.platform.engine.support.descriptor.FilePosition.from(line.getLine());
    }

    private Resolution suite(SuiteLoad load, Function<SuiteDescriptor, Set<DiscoverySelector>> children,
                             Context context) {
        Optional<TestDescriptor> node = context.addToParent(parent -> {
            UniqueId id = parent.getUniqueId().append(SuiteDescriptor.SEGMENT, load.key());
            return Optional.of(load.suite().<TestDescriptor>map(suite -> new SuiteDescriptor(id, suite))
                    .orElseGet(() -> new InvalidSuiteDescriptor(id, load)));
        });
        if (node.isEmpty()) {
            return Resolution.unresolved();
        }
        if (!(node.get() instanceof SuiteDescriptor suite)) {
            return Resolution.match(Match.exact(node.get()));
        }
        Set<DiscoverySelector> selected = children.apply(suite);
        return Resolution.match(Match.exact(suite, () -> selected));
    }

    /** Resolves the cases picked by line within a variant of a suite being expanded. */
    @Override
    public Resolution resolve(DiscoverySelector selector, Context context) {
        if (!(selector instanceof CasesSelector cases)) {
            return Resolution.unresolved();
        }
        return context.addToParent(parent -> parent instanceof SuiteDescriptor suite
                        ? suite.variant(cases.variantId()) : Optional.empty())
                .map(variant -> Resolution.match(Match.exact(variant, () -> variant.caseSelectors(cases.caseIds()))))
                .orElseGet(Resolution::unresolved);
    }

    private static Optional<TestDescriptor> decision(SuiteDescriptor suite, UniqueId.Segment segment) {
        return segment.getType().equals(GateDescriptor.SEGMENT) ? suite.gate(segment.getValue()).map(g -> g)
                : suite.comparison().map(c -> c);
    }

    /** The variants, then the comparison and the gates, which run after every variant. */
    private static Set<DiscoverySelector> variants(SuiteDescriptor suite) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        suite.suite().variants().forEach(v -> selectors.add(selectUniqueId(suite.variantId(v))));
        suite.suite().decisions().compare().ifPresent(c -> selectors.add(selectUniqueId(suite.comparisonId())));
        suite.suite().decisions().gates().forEach(g -> selectors.add(selectUniqueId(suite.gateId(g))));
        return selectors;
    }

    /** The variants, or the inline cases in every variant, declared at a line of the suite file. */
    private static Set<DiscoverySelector> atLine(SuiteDescriptor suite, int line) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        List<SuiteVariant> variants = suite.suite().variants();
        variants.stream().filter(v -> v.line() == line).forEach(v -> selectors.add(selectUniqueId(suite.variantId(v))));
        List<String> cases = suite.suite().cases().stream()
                .filter(c -> c.line() == line && suite.inSuiteFile(c.source())).map(c -> c.testCase().id()).toList();
        if (!cases.isEmpty()) {
            selectors.addAll(casesInEveryVariant(suite, cases));
        }
        return selectors;
    }

    private static Set<DiscoverySelector> casesInEveryVariant(SuiteDescriptor suite, List<String> caseIds) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        suite.suite().variants().forEach(v -> selectors.add(new CasesSelector(v.variant().id(), caseIds)));
        return selectors;
    }

    private static boolean isSuiteFile(String name) {
        return name.endsWith(DiscoverySelectorResolver.SUITE_FILE_SUFFIX);
    }
}

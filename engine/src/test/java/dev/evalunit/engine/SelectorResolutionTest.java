package dev.evalunit.engine;

import dev.evalunit.engine.fixtures.ApplicationSuite;
import dev.evalunit.engine.fixtures.HalfPassRateSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

class SelectorResolutionTest {

    private static final UniqueId ENGINE = UniqueId.forEngine("evalunit");
    private static final UniqueId GREETINGS = ENGINE.append("suite", "classpath:fixtures/yaml/greetings.eval.yaml");

    @TempDir
    Path output;

    @Test
    void classSelectorBuildsSuiteVariantAndCaseNodesWithStableIds() {
        EngineDiscoveryResults results = EvalUnitKit.engine(output, selectClass(ApplicationSuite.class)).discover();

        assertThat(results.getDiscoveryIssues()).isEmpty();
        UniqueId suite = ENGINE.append("suite", "class:" + ApplicationSuite.class.getName());
        assertThat(uniqueIds(results)).contains(suite,
                suite.append("variant", "service").append("case", "greet"),
                suite.append("variant", "broken").append("case", "part"));
        assertThat(tests(results)).hasSize(6);
    }

    @Test
    void packageSelectorFindsJavaSuitesAndYamlSuites() {
        EngineDiscoveryResults javaSuites = EvalUnitKit.engine(output, selectPackage("dev.evalunit.engine.fixtures")).discover();
        EngineDiscoveryResults yamlSuites = EvalUnitKit.engine(output, selectPackage("fixtures.yaml")).discover();

        assertThat(suiteKeys(javaSuites)).containsExactlyInAnyOrder(
                "class:" + ApplicationSuite.class.getName(), "class:" + HalfPassRateSuite.class.getName(),
                "class:dev.evalunit.engine.fixtures.StrictPassRateSuite");
        assertThat(suiteKeys(yamlSuites)).containsExactlyInAnyOrder("classpath:fixtures/yaml/greetings.eval.yaml",
                "classpath:fixtures/yaml/capitals.eval.yaml", "classpath:fixtures/yaml/csv/colours.eval.yaml");
    }

    @Test
    void classpathRootSelectorFindsEverySuiteOnTheRoot() throws URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(getClass().getResource("/evals/smoke.eval.yaml")).toURI())
                .getParent().getParent();

        EngineDiscoveryResults results = EvalUnitKit.engine(output, selectClasspathRoots(java.util.Set.of(root)).toArray(
                new org.junit.platform.engine.DiscoverySelector[0])).discover();

        assertThat(suiteKeys(results)).contains("classpath:evals/smoke.eval.yaml",
                "classpath:fixtures/yaml/greetings.eval.yaml", "class:" + ApplicationSuite.class.getName());
    }

    @Test
    void classpathResourceSelectorWithTheLineOfAVariantSelectsOnlyThatVariant() {
        EngineDiscoveryResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/yaml/greetings.eval.yaml",
                        org.junit.platform.engine.discovery.FilePosition.from(10))).discover();

        UniqueId terse = GREETINGS.append("variant", "terse");
        assertThat(tests(results)).extracting(TestDescriptor::getUniqueId)
                .containsExactly(terse.append("case", "alice"), terse.append("case", "bob"));
    }

    @Test
    void classpathResourceSelectorWithTheLineOfAnInlineCaseSelectsThatCaseInEveryVariant() {
        EngineDiscoveryResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/yaml/greetings.eval.yaml",
                        org.junit.platform.engine.discovery.FilePosition.from(25))).discover();

        assertThat(tests(results)).extracting(TestDescriptor::getDisplayName)
                .containsExactly("greetings › polite › bob", "greetings › terse › bob");
    }

    @Test
    void aSuiteLineThatDeclaresNothingIsAWarningNamingTheLineAndSelectsNothing() {
        EngineDiscoveryResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/yaml/greetings.eval.yaml",
                        org.junit.platform.engine.discovery.FilePosition.from(17))).discover();

        assertThat(tests(results)).isEmpty();
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).isEqualTo("classpath:fixtures/yaml/greetings.eval.yaml:17: no variant or case"
                    + " of the suite is declared at this line; the selector selects nothing");
        });
    }

    @Test
    void theSuitesOwnLineSelectsTheWholeSuite() {
        EngineDiscoveryResults results = EvalUnitKit.engine(output,
                selectClasspathResource("fixtures/yaml/greetings.eval.yaml",
                        org.junit.platform.engine.discovery.FilePosition.from(1))).discover();

        assertThat(tests(results)).hasSize(4);
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void aDatasetLineThatIsNoCaseIsAWarningNamingTheLine() {
        EngineDiscoveryResults results = EvalUnitKit.engine(output, selectClasspathResource(
                "fixtures/yaml/capitals.jsonl", org.junit.platform.engine.discovery.FilePosition.from(99))).discover();

        assertThat(tests(results)).isEmpty();
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> assertThat(issue.message())
                .isEqualTo("fixtures/yaml/capitals.jsonl:99: no case of a suite that reads this dataset starts at this"
                        + " line; the selector selects nothing"));
    }

    @Test
    void fileSelectorGivesFileSourcesWithLines() {
        File suite = new File("src/test/resources/fixtures/yaml/capitals.eval.yaml");

        EngineDiscoveryResults results = EvalUnitKit.engine(output, selectFile(suite)).discover();

        TestDescriptor suiteNode = results.getEngineDescriptor().getChildren().iterator().next();
        assertThat(suiteNode.getSource()).contains(FileSource.from(suite.getAbsoluteFile(), FilePosition.from(1)));
        TestDescriptor variant = suiteNode.getChildren().iterator().next();
        assertThat(variant.getSource()).contains(FileSource.from(suite.getAbsoluteFile(), FilePosition.from(4)));
        assertThat(tests(results)).extracting(TestDescriptor::getSource).containsExactly(
                java.util.Optional.of(FileSource.from(new File("src/test/resources/fixtures/yaml/capitals.jsonl")
                        .getAbsoluteFile(), FilePosition.from(1))),
                java.util.Optional.of(FileSource.from(new File("src/test/resources/fixtures/yaml/capitals.jsonl")
                        .getAbsoluteFile(), FilePosition.from(3))));
    }

    @Test
    void fileSelectorWithTheLineOfAVariantSelectsOnlyThatVariant() {
        File suite = new File("src/test/resources/fixtures/yaml/greetings.eval.yaml");

        EngineDiscoveryResults results = EvalUnitKit.engine(output,
                selectFile(suite, org.junit.platform.engine.discovery.FilePosition.from(6))).discover();

        assertThat(tests(results)).extracting(d -> d.getUniqueId().getLastSegment().getValue() + "@"
                        + d.getParent().orElseThrow().getUniqueId().getLastSegment().getValue())
                .containsExactly("alice@polite", "bob@polite");
    }

    @Test
    void directorySelectorFindsSuiteFilesBelowIt() {
        EngineDiscoveryResults results = EvalUnitKit.engine(output,
                selectDirectory("src/test/resources/fixtures/yaml")).discover();

        assertThat(results.getEngineDescriptor().getChildren()).extracting(TestDescriptor::getDisplayName)
                .containsExactlyInAnyOrder("Greetings", "capitals", "colours");
    }

    @Test
    void aDirectoryThatCannotBeListedIsAWarningAndTheOtherSelectorsStillResolve() {
        EngineDiscoveryResults results = EvalUnitKit.engine(output, selectDirectory("src/test/resources/no-such-directory"),
                selectDirectory("src/test/resources/fixtures/yaml")).discover();

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).contains("no-such-directory: cannot be listed: NoSuchFileException");
        });
        assertThat(results.getEngineDescriptor().getChildren()).hasSize(3);
    }

    @Test
    void uniqueIdSelectorBuildsOnlyTheSelectedCase() {
        UniqueId id = GREETINGS.append("variant", "polite").append("case", "bob");

        EngineDiscoveryResults results = EvalUnitKit.engine(output, selectUniqueId(id)).discover();

        assertThat(tests(results)).extracting(TestDescriptor::getUniqueId).containsExactly(id);
        assertThat(tests(results).get(0).getSource())
                .contains(ClasspathResourceSource.from("fixtures/yaml/greetings.eval.yaml", FilePosition.from(25)));
    }

    private static List<TestDescriptor> tests(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getDescendants().stream().filter(TestDescriptor::isTest)
                .map(TestDescriptor.class::cast).toList();
    }

    private static List<UniqueId> uniqueIds(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getDescendants().stream().map(TestDescriptor::getUniqueId).toList();
    }

    private static List<String> suiteKeys(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getChildren().stream()
                .map(d -> d.getUniqueId().getLastSegment().getValue()).toList();
    }
}

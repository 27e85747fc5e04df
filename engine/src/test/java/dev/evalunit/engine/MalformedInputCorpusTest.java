package dev.evalunit.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;

/**
 * Every malformed or hostile input we know of, in one discovery next to good suites: the good suites run, and each
 * bad file is exactly one failing node naming its file, line and problem. Surefire runs this class in a JVM of
 * 256 MiB heap (see the engine's pom), so an input that expands without bound fails the build here.
 */
class MalformedInputCorpusTest {

    /** The limits of this run, lowered so that small files can exceed them. */
    private static final int MAX_FILE_SIZE = 65_536;

    @TempDir
    Path output;

    @Test
    void eachBadFileIsOneFailingNodeAtItsLineAndTheGoodSuitesRun() throws IOException, URISyntaxException {
        Path oversize = oversizeSuite();
        List<Expected> expected = new ArrayList<>(List.of(
                // the malformed inputs every suite format has been checked for since the first engine release
                new Expected("fixtures/bad/syntax.eval.yaml:4", "YAML syntax error"),
                new Expected("fixtures/bad/unknown-key.eval.yaml:2", "unknown key 'colour' in the suite"),
                new Expected("fixtures/bad/missing-field.eval.yaml:3", "missing required field 'model' in a variant"),
                new Expected("fixtures/bad/duplicate-variant.eval.yaml:6", "duplicate variant id 'v'"),
                new Expected("fixtures/bad/duplicate-case.eval.yaml:10", "duplicate case id 'a'"),
                new Expected("fixtures/bad/placeholder.eval.yaml:3",
                        "prompt placeholder {{question}} has no matching field in case 'a'"),
                new Expected("fixtures/bad/missing-dataset.eval.yaml:2",
                        "dataset 'classpath:fixtures/bad/nowhere.jsonl' cannot be read"),
                new Expected("fixtures/bad/malformed.jsonl:2", "malformed JSONL line"),
                new Expected("fixtures/bad/wrong-columns.csv:3", "CSV row has 3 columns but the header has 2 (id, q)"),
                new Expected("fixtures/bad/unknown-scorer.eval.yaml:7",
                        "unknown scorer 'no-such-scorer'; scorers on the classpath: test-contains, test-pair-count"),
                new Expected("fixtures/bad/scorer-config.eval.yaml:7",
                        "scorer 'test-contains': field 'nope' is not a field of every case"),
                new Expected("fixtures/bad/scorer-unknown-case.eval.yaml:7",
                        "scorer 'test-contains' names cases the suite does not have: zz"),
                new Expected("fixtures/bad/repeats.eval.yaml:2", "repeats must be at least 1, was 0"),
                new Expected("fixtures/bad/pass-rate.eval.yaml:2", "passRate must be between 0 and 1, was 1.5"),
                // what exhausted the stack or the heap
                new Expected("corpus/recursive-case.eval.yaml:8", "a recursive alias: this value contains itself"),
                new Expected("corpus/recursive-params.eval.yaml:6", "a recursive alias: this value contains itself"),
                new Expected("corpus/huge-repeats.eval.yaml:2", "repeats must be at most 1000, was 2147483647; raise "
                        + Constants.INPUT_MAX_REPEATS),
                new Expected(HugeRepeatsSuite.class.getName(), "repeats must be at most 1000, was 2147483647"),
                new Expected(EndlessCasesSuite.class.getName(), "the suite has more than 100 cases"),
                new Expected(FailingCasesSuite.class.getName(), "the suite could not be read: "
                        + "java.lang.IllegalStateException: the case store is unreachable"),
                new Expected("corpus/alias-bomb.eval.yaml:9", "the file expands to more than 1000000 values"),
                new Expected("corpus/too-deep.eval.yaml:8", "YAML beyond a limit: Nesting Depth exceeded max 50"),
                new Expected("corpus/deep.jsonl:2", "malformed JSONL line: Document nesting depth (51) exceeds"),
                new Expected("corpus/many.jsonl:101", "the dataset has more than 100 cases; raise "
                        + Constants.INPUT_MAX_CASES),
                new Expected("corpus/big-field.jsonl:2", "field 'q' of row 2 holds more than 10000 characters"),
                new Expected(oversize.getFileName() + ":" + lineOfByte(oversize, MAX_FILE_SIZE),
                        "the file is larger than 65536 bytes; raise " + Constants.INPUT_MAX_FILE_SIZE),
                // what reached outside its directory
                new Expected("corpus/dot-id.eval.yaml:1", "suite id '..' may hold only letters"),
                new Expected("corpus/export-outside.eval.yaml:21",
                        "export path '../../outside/winner.json' may not hold '.' or '..'"),
                new Expected("corpus/dataset-outside.eval.yaml:2", "dataset '/etc/passwd' lies outside the project "
                        + "directory"),
                // what passed silently or was blamed on the wrong line or file
                new Expected("corpus/empty-variants.eval.yaml:2", "'variants' is empty"),
                new Expected("corpus/null-placeholder.eval.yaml:3", "prompt placeholder {{q}} is null in case 'b'"),
                new Expected("corpus/not-utf8.eval.yaml:5", "the file is not UTF-8: byte 0xE9"),
                new Expected("corpus/latin1.jsonl:3", "the file is not UTF-8: byte 0xEF"),
                new Expected("corpus/unclosed-quote.csv:3", "CSV field opened with \" here is never closed"),
                new Expected("corpus/twin-a.eval.yaml:1", "suite id 'twin' is also used by "),
                new Expected("corpus/twin-b.eval.yaml:1", "suite id 'twin' is also used by ")));
        Path corpus = Path.of(getClass().getResource("/fixtures/corpus").toURI());
        List<DiscoverySelector> selectors = new ArrayList<>(List.of(selectDirectory(corpus.toFile()),
                selectFile(oversize.toFile()), selectClass(HugeRepeatsSuite.class),
                selectClass(EndlessCasesSuite.class), selectClass(FailingCasesSuite.class),
                selectClasspathResource("fixtures/yaml/greetings.eval.yaml")));
        for (String bad : List.of("syntax", "unknown-key", "missing-field", "duplicate-variant", "duplicate-case",
                "placeholder", "missing-dataset", "malformed-jsonl", "csv-columns", "unknown-scorer", "scorer-config",
                "scorer-unknown-case", "repeats", "pass-rate")) {
            selectors.add(selectClasspathResource("fixtures/bad/" + bad + ".eval.yaml"));
        }
        var kit = EvalUnitKit.engine(output, selectors.toArray(DiscoverySelector[]::new))
                .configurationParameter(Constants.INPUT_MAX_FILE_SIZE, String.valueOf(MAX_FILE_SIZE))
                .configurationParameter(Constants.INPUT_MAX_CASES, "100")
                .configurationParameter(Constants.INPUT_MAX_FIELD_SIZE, "10000");

        // each problem is reported once, by its suite's failing node, not also as a discovery issue
        assertThat(kit.discover().getDiscoveryIssues()).isEmpty();
        EngineExecutionResults results = kit.execute();

        List<String> failures = results.testEvents().failed().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().getSegments().size() == 2)
                .map(MalformedInputCorpusTest::message).toList();
        assertThat(failures).hasSameSizeAs(expected);
        for (Expected bad : expected) {
            assertThat(failures).as(bad.where()).filteredOn(f -> f.contains(bad.where() + ": ")
                    && f.contains(bad.problem())).hasSize(1);
        }
        assertThat(failures).filteredOn(f -> f.contains("twin-a.eval.yaml:1: ")).singleElement()
                .satisfies(f -> assertThat(f).contains("is also used by ", "corpus/twin-b.eval.yaml:1"));
        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(displayName("Greetings")), finishedSuccessfully()))
                .haveExactly(1, event(container(displayName("bom")), finishedSuccessfully()));
        assertThat(results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName())
                .map(name -> name.substring(name.lastIndexOf(" › ") + 3)))
                .contains("red", "blue").doesNotContain("row-1");
        assertThat(output.getParent().resolve("outside")).doesNotExist();
    }

    /** A valid suite padded past the size limit with comment lines. */
    private Path oversizeSuite() throws IOException {
        StringBuilder text = new StringBuilder("id: oversize\nvariants:\n  - id: v\n    model: inprocess:echo\n"
                + "    prompt: \"{{q}}\"\ncases:\n  - id: a\n    q: hi\n");
        while (text.length() <= MAX_FILE_SIZE) {
            text.append("# ").append("padding ".repeat(8)).append('\n');
        }
        Path directory = Files.createDirectories(output.resolve("input"));
        return Files.writeString(directory.resolve("oversize.eval.yaml"), text, StandardCharsets.UTF_8);
    }

    private static int lineOfByte(Path file, int offset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    private static String message(Event event) {
        return event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .map(t -> t.getMessage() + (t.getCause() == null ? "" : t.getCause().getMessage())).orElse("");
    }

    /** A bad file's failing node: its {@code file:line} (or class) and a fragment of the problem. */
    private record Expected(String where, String problem) {
    }

    /** One echo variant; each suite below supplies its cases. */
    abstract static class EchoVariant {

        @Variants
        List<Variant> variants() {
            return List.of(new Variant("v", "v", ModelRef.parse("inprocess:echo"), Optional.empty(),
                    Optional.of("{{q}}"), SamplingParams.DEFAULTS));
        }
    }

    /** repeats of 2^31 − 1 once allocated a list of that size before anything else was checked. */
    @EvalSuite(id = "huge-repeats-java", repeats = Integer.MAX_VALUE)
    static class HugeRepeatsSuite extends EchoVariant {

        @Dataset
        List<Case> cases() {
            return List.of(Case.of("a", Map.of("q", "hi")));
        }
    }

    /** A dataset method that never ends is read no further than one case past the limit. */
    @EvalSuite(id = "endless-cases")
    static class EndlessCasesSuite extends EchoVariant {

        @Dataset
        Stream<Case> cases() {
            AtomicInteger next = new AtomicInteger();
            return Stream.generate(() -> Case.of("c" + next.incrementAndGet(), Map.of("q", "hi")));
        }
    }

    /** The user's own data source fails while the cases are read. */
    @EvalSuite(id = "failing-cases")
    static class FailingCasesSuite extends EchoVariant {

        @Dataset
        Stream<Case> cases() {
            return Stream.of("a").map(id -> {
                throw new IllegalStateException("the case store is unreachable");
            });
        }
    }
}

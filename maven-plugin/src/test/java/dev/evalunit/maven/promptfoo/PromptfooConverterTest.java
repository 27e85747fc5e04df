package dev.evalunit.maven.promptfoo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The promptfoo import on five of promptfoo's published example configs (test resources {@code promptfoo/}, sources
 * in its SOURCES.md) and on small configs for what those do not cover.
 */
class PromptfooConverterTest {

    @TempDir
    Path temp;

    static Path example(String name) {
        try {
            return Path.of(PromptfooConverterTest.class.getResource("/promptfoo/" + name + "/promptfooconfig.yaml")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(ImportedSuite suite, String key) {
        return (List<Map<String, Object>>) suite.suite().get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> options(Map<String, Object> scorer) {
        return (Map<String, Object>) scorer.get("options");
    }

    private ImportedSuite inline(String yaml) throws IOException {
        Path config = Files.writeString(temp.resolve("promptfooconfig.yaml"), yaml);
        return PromptfooConverter.convert(config, Optional.of("inline"), Optional.empty());
    }

    @Test
    void gettingStartedBecomesFourVariantsAndTwoCasesWithTheirOwnChecks() {
        ImportedSuite suite = PromptfooConverter.convert(example("getting-started"), Optional.empty(), Optional.empty());

        assertThat(suite.suiteId()).isEqualTo("getting-started");
        assertThat(suite.suite().get("name")).isEqualTo("Getting started");
        assertThat(list(suite, "variants")).extracting(v -> v.get("id") + " " + v.get("model") + " " + v.get("prompt"))
                .containsExactly(
                        "prompt-1-gpt-4.1 openai:gpt-4.1 Convert this English to {{language}}: {{input}}",
                        "prompt-1-o4-mini openai:o4-mini Convert this English to {{language}}: {{input}}",
                        "prompt-2-gpt-4.1 openai:gpt-4.1 Translate to {{language}}: {{input}}",
                        "prompt-2-o4-mini openai:o4-mini Translate to {{language}}: {{input}}");
        assertThat(suite.cases()).containsExactly(
                Map.of("id", "test-1", "language", "French", "input", "Hello world"),
                Map.of("id", "test-2", "language", "Spanish", "input", "Where is the library?"));
        assertThat(list(suite, "scorers")).containsExactly(
                Map.of("name", "contains", "options", Map.of("value", "Bonjour le monde", "metric", "contains"),
                        "cases", List.of("test-1")),
                Map.of("name", "contains", "options", Map.of("ignoreCase", true, "value", "Dónde está la biblioteca",
                        "metric", "icontains"), "cases", List.of("test-2")));
        assertThat(suite.unconverted()).isEmpty();
    }

    @Test
    void jsonOutputKeepsTheSchemaAndListsTheJavascriptChecksAndTransforms() {
        ImportedSuite suite = PromptfooConverter.convert(example("json-output"), Optional.empty(), Optional.empty());

        assertThat(list(suite, "variants")).extracting(v -> v.get("model")).containsExactly("openai:gpt-3.5-turbo");
        List<Map<String, Object>> scorers = list(suite, "scorers");
        assertThat(scorers).extracting(s -> s.get("name") + " " + s.get("cases"))
                .containsExactly("is-json [test-1]", "json-schema [test-2]", "contains-any [test-2]");
        assertThat(options(scorers.get(1)).get("schema")).isEqualTo(Map.of("required", List.of("color", "countries"),
                "type", "object", "properties", Map.of("color", Map.of("type", "string"),
                        "countries", Map.of("type", "array", "items", Map.of("type", "string")))));
        assertThat(options(scorers.get(2)).get("values")).isEqualTo(List.of("Guatemala", "Costa Rica", "India",
                "Indonesia"));
        assertThat(suite.unconverted()).hasSize(4).allSatisfy(u -> assertThat(u).contains("json-output/promptfooconfig.yaml:"))
                .anySatisfy(u -> assertThat(u).endsWith(":14 (tests[0].assert[1]): assertion type 'javascript'"))
                .anySatisfy(u -> assertThat(u).endsWith(":22 (tests[1].options): test option 'options'"))
                .anySatisfy(u -> assertThat(u).contains(":39 (tests[1].assert[2]): option 'transform'"));
    }

    @Test
    void simpleTestReadsThePromptFileAndResolvesTheAssertionTemplate() {
        ImportedSuite suite = PromptfooConverter.convert(example("simple-test"), Optional.empty(), Optional.empty());

        assertThat(list(suite, "variants")).extracting(v -> v.get("id") + ": " + v.get("prompt")).containsExactly(
                "prompt-1: Rephrase this from English to Pirate: {{body}}",
                "prompt-2: Pretend you're a pirate and speak these words: {{body}}");
        // YAML 1.1 would read "Yes" as true; promptfoo (YAML 1.2) keeps the text
        assertThat(suite.cases().get(0)).containsEntry("body", "Yes").containsEntry("description",
                "Check for exact match");
        assertThat(list(suite, "scorers")).extracting(s -> s.get("name") + " " + options(s).get("metric") + " "
                        + s.getOrDefault("threshold", "-") + " " + s.get("cases"))
                .containsExactly("equals equals - [check-for-exact-match]",
                        "contains icontains - [another-basic-substring-check]",
                        "is-json is-json - [check-if-output-is-json]",
                        "embedding-similarity similar 0.75 [check-for-semantic-similarity]",
                        "rubric-judge llm-rubric 0.5 [use-llm-to-evaluate-output]",
                        "contains icontains-2 - [use-llm-to-evaluate-output]");
        assertThat(options(list(suite, "scorers").get(4))).containsEntry("model", PromptfooConverter.DEFAULT_GRADER)
                .containsEntry("rubric", "Is spoken like a pirate").containsEntry("scale", "0-1");
        assertThat(suite.unconverted()).extracting(u -> u.substring(u.indexOf(".yaml:") + 6)).containsExactly(
                "32 (tests[3].assert[0]): assertion type 'javascript'",
                "34 (tests[3].assert[1]): assertion type 'python'",
                "52 (outputPath): top-level 'outputPath'");
    }

    @Test
    void selfGradingAppliesTheDefaultRubricToEveryCase() {
        ImportedSuite suite = PromptfooConverter.convert(example("self-grading"), Optional.empty(), Optional.empty());

        assertThat(list(suite, "variants")).hasSize(2).extracting(v -> v.get("model")).containsOnly("openai:gpt-4.1");
        assertThat(suite.cases()).hasSize(10).extracting(c -> c.get("name")).startsWith("Bob", "Jane");
        assertThat(list(suite, "scorers")).singleElement().satisfies(s -> {
            assertThat(s).doesNotContainKey("cases").containsEntry("name", "rubric-judge").containsEntry("threshold", 0.5);
            assertThat(options(s)).containsEntry("rubric", "Do not mention that you are an AI or chat assistant");
        });
        assertThat(suite.unconverted()).singleElement().asString()
                .endsWith(":10 (defaultTest.assert[1]): assertion type 'javascript'");
    }

    @Test
    void modelComparisonGatesCostAndLatencyOnEveryCase() {
        ImportedSuite suite = PromptfooConverter.convert(example("openai-model-comparison"), Optional.of("riddles"),
                Optional.empty());

        assertThat(list(suite, "variants")).extracting(v -> v.get("id") + " " + v.get("model"))
                .containsExactly("gpt-5 openai:gpt-5", "gpt-5.2 openai:gpt-5.2");
        assertThat(suite.cases()).hasSize(15);
        assertThat(suite.cases().get(3).get("riddle")).isEqualTo("I have keys but no locks. I have space but no room."
                + " You can enter, but can't go outside. What am I?");
        assertThat(list(suite, "scorers")).extracting(s -> s.get("name") + " " + options(s).get("max") + " "
                        + s.get("cases"))
                .containsExactly("cost 0.002 null", "latency 3000.0 null", "contains null [test-1]",
                        "rubric-judge null [test-1]", "rubric-judge null [test-2]", "contains null [test-3]");
        assertThat(suite.unconverted()).isEmpty();
        assertThat(suite.suiteYaml()).startsWith("# Imported from the promptfoo config ").contains(
                "# Everything in it was converted.\nid: riddles\nname: Comparing OpenAI flagship models performance on"
                        + " riddles\ndataset: riddles.jsonl\n");
    }

    @Test
    void regexContainsJsonRepeatsProviderSettingsAndMissingVariables() throws IOException {
        ImportedSuite suite = inline("""
                prompts: ['Answer {{ question }} for {{user}}']
                providers:
                  - id: openai:chat:gpt-4o-mini
                    label: mini
                    config: {temperature: 0.2, max_tokens: 300, seed: 7}
                  - bedrock:anthropic.claude-v2
                evaluateOptions: {repeat: 3, maxConcurrency: 2}
                defaultTest:
                  vars: {user: anonymous}
                tests:
                  - vars: {question: 'What is 2+2?'}
                    assert:
                      - type: regex
                        value: '\\b4\\b'
                      - type: contains-json
                  - vars: {question: [a, b], user: Kim}
                    assert:
                      - type: equals
                        value: '{{expected}}'
                      - type: not-contains
                        value: five
                """);

        assertThat(suite.suite().get("repeats")).isEqualTo(3);
        assertThat(list(suite, "variants")).extracting(v -> v.get("id") + " " + v.get("model") + " "
                        + v.get("temperature") + " " + v.get("maxTokens") + " " + v.get("prompt"))
                .containsExactly("mini openai:gpt-4o-mini 0.2 300 Answer {{question}} for {{user}}",
                        "anthropic.claude-v2 bedrock:anthropic.claude-v2 null null Answer {{question}} for {{user}}");
        assertThat(suite.cases()).containsExactly(Map.of("id", "test-1", "user", "anonymous", "question", "What is 2+2?"),
                Map.of("id", "test-2", "user", "Kim", "question", ""));
        assertThat(list(suite, "scorers")).extracting(s -> s.get("name") + " " + options(s) + " " + s.get("cases"))
                .containsExactly("regex {pattern=\\b4\\b, metric=regex} [test-1]",
                        "is-json {stripCodeFence=true, metric=contains-json} [test-1]",
                        "equals {field=expected, metric=equals} [test-2]");
        assertThat(suite.unconverted()).extracting(u -> u.substring(u.indexOf(".yaml:") + 6)).containsExactly(
                "5 (providers[0].config): provider option 'seed'",
                "6 (providers[1]): provider 'bedrock:anthropic.claude-v2' has no built-in EvalUnit provider; the variant"
                        + " names it as is, so configure evalunit.provider.bedrock.* (an OpenAI-compatible endpoint)",
                "7 (evaluateOptions.maxConcurrency): evaluateOptions 'maxConcurrency' (the engine's scheduler settings,"
                        + " evalunit.provider.<id>.*, take its place)",
                "11 (tests[0]): variable 'question' is missing in 1 test(s) (test-2); their cases have it empty, as"
                        + " promptfoo renders it",
                "15 (tests[0].assert[1]): contains-json converted as is-json with stripCodeFence: the whole output (or"
                        + " its code block) must be the JSON, where promptfoo also finds JSON amid prose",
                "16 (tests[1].vars.question): variable 'question' is a list or a mapping (promptfoo expands lists into"
                        + " one test per value); it is left out",
                "20 (tests[1].assert[1]): assertion type 'not-contains'");
    }

    @Test
    void aModelOverrideReplacesEveryProvidersModel() {
        ImportedSuite suite = PromptfooConverter.convert(example("getting-started"), Optional.empty(),
                Optional.of("inprocess:echo"));
        assertThat(list(suite, "variants")).extracting(v -> v.get("model")).containsOnly("inprocess:echo");
        assertThat(list(suite, "variants")).extracting(v -> v.get("id")).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void badInputNamesTheFileAndLine() throws IOException {
        assertThatThrownBy(() -> inline("prompts: ['a'\nproviders: [openai:x]\n"))
                .isInstanceOf(PromptfooImportException.class).hasMessageContaining("promptfooconfig.yaml:2: YAML syntax"
                        + " error");
        assertThatThrownBy(() -> inline("providers: [openai:x]\ntests: []\n"))
                .hasMessageEndingWith("promptfooconfig.yaml:1 (the config): missing 'prompts'");
        assertThatThrownBy(() -> inline("prompts: ['{% if x %}a{% endif %}']\nproviders: [openai:x]\ntests: []\n"))
                .hasMessageContaining(":1 (prompts[0]): a prompt with Nunjucks tags").hasMessageContaining("no prompt");
        assertThatThrownBy(() -> inline("prompts: [a]\nproviders: [openai:x]\ntests: file://tests.csv\n"))
                .hasMessageContaining(":3 (tests): 'tests' must be a list of tests");
        assertThatThrownBy(() -> inline("prompts: [file://../secret.txt]\nproviders: [openai:x]\ntests: []\n"))
                .hasMessageContaining("lies outside the config's directory");
        assertThatThrownBy(() -> inline("prompts: [a]\nproviders: [openai:x]\ntests:\n  - assert:\n"
                + "      - {type: similar, value: x, threshold: high}\n"))
                .hasMessageContaining(":5 (tests[0].assert[0].threshold): 'threshold' must be a number, was 'high'");
    }

    @Test
    void theCommandLineWritesBothFilesAndListsWhatItCouldNotConvert() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PromptfooImport.run(List.of(example("json-output").toString(), temp.toString(), "--id", "fruit"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("fruit.eval.yaml and its dataset fruit.jsonl (2 cases)",
                "not converted (4):", "assertion type 'javascript'");
        assertThat(Files.readString(temp.resolve("fruit.jsonl"))).isEqualTo(
                "{\"id\":\"test-1\",\"item\":\"Banana\"}\n{\"id\":\"test-2\",\"item\":\"Passion fruit\"}\n");
        assertThat(Files.readString(temp.resolve("fruit.eval.yaml"))).contains("#  - ", "dataset: fruit.jsonl",
                "- name: json-schema");
        assertThat(PromptfooImport.run(List.of(temp.resolve("none.yaml").toString(), temp.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.yaml: cannot be read");
    }
}

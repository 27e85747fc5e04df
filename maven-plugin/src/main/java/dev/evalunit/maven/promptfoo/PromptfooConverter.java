package dev.evalunit.maven.promptfoo;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts a {@code promptfooconfig.yaml} into an EvalUnit suite and its dataset: every prompt × provider pair is
 * a variant, every test a case (its {@code vars} the case's fields, {@code defaultTest.vars} filling the gaps),
 * {@code defaultTest.assert} scorers of every case, and a test's own assertions scorers of the cases that declare
 * them ({@code cases:}); {@code evaluateOptions.repeat} becomes {@code repeats}. What has no EvalUnit form is
 * listed, each with file, line and path, in {@link ImportedSuite#unconverted()}.
 */
@API(status = INTERNAL, since = "0.1")
public final class PromptfooConverter {

    /** The model llm-rubric assertions are judged by when the config names none (promptfoo's default grader). */
    public static final String DEFAULT_GRADER = "openai:gpt-4.1";
    private static final Set<String> CONVERTED_KEYS = Set.of("description", "prompts", "providers", "tests",
            "defaultTest", "evaluateOptions", "assertionTemplates");
    private static final int MAX_FILE_SIZE = 8 * 1024 * 1024;

    private final Unconverted unconverted = new Unconverted();

    private PromptfooConverter() {
    }

    /**
     * @param config   the promptfoo config file
     * @param suiteId  the suite id; default: the name of the config's directory
     * @param override a model every variant uses instead of the config's providers (e.g. {@code inprocess:echo} for
     *                 a dry run with no network)
     * @throws PromptfooImportException when the config cannot be read or nothing in it converts
     */
    public static ImportedSuite convert(Path config, Optional<String> suiteId, Optional<String> override) {
        return new PromptfooConverter().run(config, suiteId, override);
    }

    private ImportedSuite run(Path config, Optional<String> suiteId, Optional<String> override) {
        ConfigNode root = read(config);
        Path directory = config.toAbsolutePath().getParent();
        String id = suiteId.orElse(Ids.slug(directory.getFileName() == null ? "promptfoo" : directory.getFileName()
                .toString()));
        root.keys().stream().filter(k -> !CONVERTED_KEYS.contains(k))
                .forEach(k -> unconverted.add(root.get(k).orElseThrow(), "top-level '" + k + "'"));
        List<Prompts.Prompt> prompts = Prompts.read(required(root, "prompts"), directory, unconverted);
        List<Providers.Model> models = Providers.read(required(root, "providers"), override, unconverted);
        if (prompts.isEmpty() || models.isEmpty()) {
            throw new PromptfooImportException(root.where() + ": no " + (prompts.isEmpty() ? "prompt" : "provider")
                    + " converts; not converted: " + String.join("; ", unconverted.items()));
        }
        Optional<ConfigNode> defaultTest = root.get("defaultTest");
        String grader = defaultTest.flatMap(d -> d.get("options")).flatMap(o -> o.text("provider"))
                .orElse(DEFAULT_GRADER);
        Cases cases = new Cases(new Assertions(root, grader, unconverted), unconverted);
        defaultTest.ifPresent(cases::defaults);
        ConfigNode tests = required(root, "tests");
        if (!tests.isList()) {
            throw new PromptfooImportException(tests.where() + ": 'tests' must be a list of tests; tests read from"
                    + " files (file://, CSV, sheets) do not convert");
        }
        tests.items().forEach(cases::add);
        if (cases.rows().isEmpty()) {
            throw new PromptfooImportException(tests.where() + ": no test converts");
        }
        prompts.forEach(p -> Prompts.variables(p.template()).forEach(cases::requireField));
        root.get("evaluateOptions").ifPresent(o -> o.keys().stream().filter(k -> !k.equals("repeat"))
                .forEach(k -> unconverted.add(o.get(k).orElseThrow(), "evaluateOptions '" + k + "' (the engine's"
                        + " scheduler settings, evalunit.provider.<id>.*, take its place)")));
        int repeats = root.get("evaluateOptions").flatMap(o -> o.number("repeat")).map(Double::intValue).orElse(1);
        Map<String, Object> suite = new LinkedHashMap<>();
        suite.put("id", id);
        suite.put("name", root.text("description").orElse(id));
        suite.put("dataset", id + ".jsonl");
        if (repeats > 1) {
            suite.put("repeats", repeats);
        }
        suite.put("variants", Variants.of(prompts, models));
        List<Map<String, Object>> scorers = cases.scorers();
        if (!scorers.isEmpty()) {
            suite.put("scorers", scorers);
        }
        return new ImportedSuite(id, config.toString(), suite, cases.rows(), unconverted.items());
    }

    private static ConfigNode required(ConfigNode root, String key) {
        return root.get(key).orElseThrow(() -> new PromptfooImportException(root.where() + ": missing '" + key + "'"));
    }

    private static ConfigNode read(Path config) {
        String text;
        try {
            if (Files.size(config) > MAX_FILE_SIZE) {
                throw new PromptfooImportException(config + ": the file is larger than " + MAX_FILE_SIZE + " bytes");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(config)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PromptfooImportException(config + ": the file is not UTF-8; save it as UTF-8");
        } catch (IOException e) {
            throw new PromptfooImportException(config + ": cannot be read: " + e);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        try {
            Node node = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(text));
            ConfigNode root = new ConfigNode(node, config.toString(), "");
            if (node == null || !root.isMap()) {
                throw new PromptfooImportException(config + ":1: a promptfoo config is a mapping (prompts, providers,"
                        + " tests, ...)");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new PromptfooImportException(config + ":" + (mark == null ? 1 : mark.getLine() + 1)
                    + ": YAML syntax error: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PromptfooImportException(config + ": YAML beyond a limit or unreadable: " + e.getMessage());
        }
    }

    /** The variants: every prompt with every model, ids from their labels. */
    private static final class Variants {

        private Variants() {
        }

        static List<Map<String, Object>> of(List<Prompts.Prompt> prompts, List<Providers.Model> models) {
            List<Map<String, Object>> variants = new ArrayList<>();
            Ids ids = new Ids();
            for (Prompts.Prompt prompt : prompts) {
                for (Providers.Model model : models) {
                    String label = prompts.size() == 1 ? model.label() : models.size() == 1 ? prompt.label()
                            : prompt.label() + "-" + model.label();
                    Map<String, Object> variant = new LinkedHashMap<>();
                    variant.put("id", ids.unique(Ids.slug(label)));
                    variant.put("model", model.model());
                    variant.put("prompt", prompt.template());
                    variant.putAll(model.settings());
                    variants.add(variant);
                }
            }
            return variants;
        }
    }
}

package dev.evalunit.engine.suite;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.ScorerSpec;
import dev.evalunit.api.Variant;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code *.eval.yaml} suite and its dataset. Every problem is collected with its file and line,
 * so one run reports all of them.
 */
public final class YamlSuiteReader {

    /** Suite ids name output directories. */
    static final Pattern SUITE_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private static final Set<String> SUITE_KEYS = Set.of("id", "name", "description", "dataset", "cases", "repeats",
            "passRate", "variants", "scorers", "compare", "gates", "export");
    private static final Set<String> VARIANT_KEYS = Set.of("id", "name", "model", "system", "prompt", "temperature",
            "topP", "maxTokens", "params");
    private static final Set<String> SCORER_KEYS = Set.of("name", "threshold", "options");

    private final ScorerCatalog scorers;
    private final ModelCatalog models;

    public YamlSuiteReader(ScorerCatalog scorers, ModelCatalog models) {
        this.scorers = scorers;
        this.models = models;
    }

    public SuiteLoad read(Location location) {
        Problems problems = new Problems();
        String fileName = location.fileName();
        Node root;
        try (Reader reader = location.open()) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            problems.at(location, e.getProblemMark().getLine() + 1, "YAML syntax error: " + e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
            return SuiteLoad.broken(location.key(), fileName, location.source(0), problems);
        } catch (YAMLException | IOException e) {
            problems.at(location, 0, "cannot read the suite: " + e.getMessage());
            return SuiteLoad.broken(location.key(), fileName, location.source(0), problems);
        }
        if (root == null) {
            problems.at(location, 0, "the suite file is empty");
            return SuiteLoad.broken(location.key(), fileName, location.source(0), problems);
        }
        Optional<YamlMap> map = YamlMap.of(root, location, problems, "the suite", SUITE_KEYS);
        if (map.isEmpty()) {
            return SuiteLoad.broken(location.key(), fileName, location.source(0), problems);
        }
        return suite(map.get(), location, problems);
    }

    private SuiteLoad suite(YamlMap yaml, Location location, Problems problems) {
        String id = yaml.requiredText("id").orElse(location.fileName());
        if (yaml.has("id") && !SUITE_ID.matcher(id).matches()) {
            problems.at(location, yaml.line("id"), "suite id '" + id
                    + "' may hold only letters, digits, '.', '_' and '-' (it names the output directory)");
        }
        String name = yaml.text("name").orElse(id);
        int repeats = yaml.integer("repeats").orElse(1);
        double passRate = yaml.number("passRate").orElse(1.0);
        List<SuiteCase> cases = cases(yaml, location, problems);
        List<SuiteVariant> variants = new ArrayList<>();
        if (!yaml.has("variants")) {
            problems.at(location, yaml.line(), "missing required field 'variants' in the suite");
        }
        for (Node node : yaml.list("variants")) {
            YamlMap.of(node, location, problems, "a variant", VARIANT_KEYS)
                    .flatMap(v -> variant(v, location, problems)).ifPresent(variants::add);
        }
        List<ScorerSpec> specs = new ArrayList<>();
        for (Node node : yaml.list("scorers")) {
            YamlMap.of(node, location, problems, "a scorer", SCORER_KEYS)
                    .flatMap(s -> scorerSpec(s, location)).ifPresent(specs::add);
        }
        SuiteChecks checks = new SuiteChecks(problems);
        checks.runSettings(repeats, passRate, m -> Problem.at(location, yaml.line("repeats"), m),
                m -> Problem.at(location, yaml.line("passRate"), m));
        checks.cases(cases, m -> Problem.at(location, yaml.line(), m));
        checks.variants(variants, models, Set.of(), cases);
        List<SuiteScorer> created = checks.scorers(specs, scorers, cases, location.directory(),
                spec -> m -> Problem.at(location, spec.position().line(), m));
        SuiteDecisions decisions = new DecisionsYaml(location, problems).read(yaml, variants, created);
        Suite suite = problems.isEmpty() ? new Suite(location.key(), id, name, yaml.text("description"),
                location.source(yaml.line()), variants, cases, repeats, passRate, created, decisions, Map.of())
                : null;
        return SuiteLoad.of(location.key(), name, location.source(yaml.line()), problems, suite);
    }

    private static List<SuiteCase> cases(YamlMap yaml, Location location, Problems problems) {
        if (yaml.has("dataset") && yaml.has("cases")) {
            problems.at(location, yaml.line("cases"), "the suite has both 'dataset' and 'cases'; keep one");
            return List.of();
        }
        if (yaml.has("cases")) {
            return DatasetReader.fromNodes(yaml.list("cases"), location, problems);
        }
        Optional<String> dataset = yaml.text("dataset");
        if (dataset.isEmpty()) {
            if (!yaml.has("dataset")) {
                problems.at(location, yaml.line(), "missing required field 'dataset' (a .jsonl, .csv or .yaml file "
                        + "next to the suite) or inline 'cases' in the suite");
            }
            return List.of();
        }
        return new DatasetReader().read(location.sibling(dataset.get()), yaml.line("dataset"), location, problems);
    }

    private static Optional<SuiteVariant> variant(YamlMap yaml, Location location, Problems problems) {
        Optional<String> id = yaml.requiredText("id");
        Optional<String> model = yaml.requiredText("model");
        Optional<String> prompt = yaml.requiredText("prompt");
        Optional<String> system = yaml.text("system");
        OptionalDouble temperature = yaml.number("temperature");
        OptionalDouble topP = yaml.number("topP");
        OptionalInt maxTokens = yaml.integer("maxTokens");
        Map<String, Object> extra = yaml.map("params");
        if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) {
            problems.at(location, yaml.line("maxTokens"), "maxTokens must be at least 1, was " + maxTokens.getAsInt());
        }
        if (id.isEmpty() || model.isEmpty() || prompt.isEmpty()) {
            return Optional.empty();
        }
        ModelRef ref;
        try {
            ref = ModelRef.parse(model.get());
        } catch (IllegalArgumentException e) {
            problems.at(location, yaml.line("model"), e.getMessage());
            return Optional.empty();
        }
        SamplingParams params = new SamplingParams(temperature, topP, maxTokens, extra);
        Variant variant = new Variant(id.get(), yaml.text("name").orElse(id.get()), ref, system, prompt, params);
        return Optional.of(new SuiteVariant(variant, yaml.line(), location.source(yaml.line()),
                new PromptGenerator(new PromptTemplate(prompt.get()), system)));
    }

    private static Optional<ScorerSpec> scorerSpec(YamlMap yaml, Location location) {
        return yaml.requiredText("name").map(name -> new ScorerSpec(name, yaml.map("options"), yaml.number("threshold"),
                location.position(yaml.line())));
    }
}

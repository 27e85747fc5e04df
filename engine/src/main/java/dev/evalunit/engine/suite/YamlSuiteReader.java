package dev.evalunit.engine.suite;

import dev.evalunit.api.ModelRef;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.spi.ScorerSpec;
import dev.evalunit.api.Variant;
import org.apiguardian.api.API;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads a {@code *.eval.yaml} suite and its dataset. Every problem is collected with its file and line,
 * so one run reports all of them.
 */
@API(status = INTERNAL, since = "0.1")
public final class YamlSuiteReader {

    private static final Set<String> SUITE_KEYS = Set.of("id", "name", "description", "dataset", "cases", "caseTitle",
            "repeats", "passRate", "variants", "scorers", "compare", "gates", "export");
    private static final Set<String> VARIANT_KEYS = Set.of("id", "name", "model", "system", "prompt", "temperature",
            "topP", "maxTokens", "params");
    private static final Set<String> SCORER_KEYS = Set.of("name", "threshold", "options", "cases");

    private final ScorerCatalog scorers;
    private final ModelCatalog models;
    private final InputLimits limits;
    private final PathConfinement paths;
    private final DatasetReader datasets;

    public YamlSuiteReader(ScorerCatalog scorers, ModelCatalog models, InputLimits limits, PathConfinement paths) {
        this.scorers = scorers;
        this.models = models;
        this.limits = limits;
        this.paths = paths;
        this.datasets = new DatasetReader(limits);
    }

    /** Reads a suite file; whatever it holds, the outcome is a suite or its problems, each at a line. */
    public SuiteLoad read(Location location) {
        Problems problems = new Problems();
        Optional<String> text;
        try {
            text = SourceText.read(location, limits.maxFileBytes(), problems);
        } catch (IOException e) {
            problems.at(location, 0, "cannot read the suite: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            text = Optional.empty();
        }
        Optional<Node> root = text.flatMap(content -> new YamlComposer(limits).compose(content, location, problems));
        YamlDocument document = new YamlDocument(new InputFile(location, problems, limits));
        try {
            Optional<YamlMap> map = root.flatMap(node -> YamlMap.of(node, document, "the suite", SUITE_KEYS));
            if (map.isPresent()) {
                return suite(map.get(), document);
            }
        } catch (InputLimitException e) {
            problems.add(e.problem());
        }
        return SuiteLoad.broken(location.key(), location.fileName(), location.source(0), problems);
    }

    private SuiteLoad suite(YamlMap yaml, YamlDocument document) {
        Location location = document.location();
        Problems problems = document.problems();
        SuiteChecks checks = new SuiteChecks(problems, limits);
        String id = yaml.requiredText("id").orElse(location.fileName());
        if (yaml.has("id")) {
            checks.suiteId(id, m -> Problem.at(location, yaml.line("id"), m));
        }
        String name = yaml.text("name").orElse(id);
        int repeats = yaml.integer("repeats").orElse(1);
        double passRate = yaml.number("passRate").orElse(1.0);
        List<SuiteCase> cases = cases(yaml, document);
        List<SuiteVariant> variants = new ArrayList<>();
        List<String> variantIds = new ArrayList<>();
        List<Node> variantNodes = yaml.list("variants");
        if (!yaml.has("variants")) {
            problems.at(location, yaml.line(), "missing required field 'variants' in the suite");
        } else if (variantNodes.isEmpty() && yaml.node("variants").filter(SequenceNode.class::isInstance).isPresent()) {
            problems.at(location, yaml.line("variants"), "'variants' is empty; a suite compares at least one variant");
        }
        for (Node node : variantNodes) {
            YamlMap.of(node, document, "a variant", VARIANT_KEYS).ifPresent(v -> {
                Optional<String> variantId = v.requiredText("id");
                variantId.ifPresent(variantIds::add);
                variant(v, variantId, location, problems).ifPresent(variants::add);
            });
        }
        List<ScorerSpec> specs = new ArrayList<>();
        List<Node> scorerNodes = yaml.list("scorers");
        for (Node node : scorerNodes) {
            YamlMap.of(node, document, "a scorer", SCORER_KEYS)
                    .flatMap(s -> scorerSpec(s, location)).ifPresent(specs::add);
        }
        checks.runSettings(repeats, passRate, m -> Problem.at(location, yaml.line("repeats"), m),
                m -> Problem.at(location, yaml.line("passRate"), m));
        checks.cases(cases, m -> Problem.at(location, yaml.line(), m));
        checks.variants(variants, models, Set.of(), cases);
        List<SuiteScorer> created = checks.scorers(specs, scorers, cases, location.directory(),
                spec -> m -> Problem.at(location, spec.position().line(), m));
        DecisionSpec decisions = new DecisionsYaml(document, paths).read(yaml,
                new DeclaredNames(variantIds, variantIds.size() == variantNodes.size()),
                DecisionChecks.scorerMetrics(created, created.size() == scorerNodes.size()), created);
        Optional<String> caseTitle = yaml.text("caseTitle");
        checks.caseTitle(caseTitle, cases, m -> Problem.at(location, yaml.line("caseTitle"), m));
        Suite suite = problems.isEmpty() ? new Suite(location.key(), id, name, yaml.text("description"), caseTitle,
                location.source(yaml.line()), variants, cases, repeats, passRate, created, decisions, Map.of())
                : null;
        return SuiteLoad.of(location.key(), name, location.source(yaml.line()), problems, suite);
    }

    private List<SuiteCase> cases(YamlMap yaml, YamlDocument document) {
        Location location = document.location();
        Problems problems = document.problems();
        if (yaml.has("dataset") && yaml.has("cases")) {
            problems.at(location, yaml.line("cases"), "the suite has both 'dataset' and 'cases'; keep one");
            return List.of();
        }
        if (yaml.has("cases")) {
            return datasets.fromNodes(yaml.list("cases"), document);
        }
        Optional<String> dataset = yaml.text("dataset");
        if (dataset.isEmpty()) {
            if (!yaml.has("dataset")) {
                problems.at(location, yaml.line(), "missing required field 'dataset' (a .jsonl, .csv or .yaml file "
                        + "next to the suite) or inline 'cases' in the suite");
            }
            return List.of();
        }
        Location file = location.sibling(dataset.get());
        Optional<String> outside = paths.datasetProblem(file, location);
        if (outside.isPresent()) {
            problems.at(location, yaml.line("dataset"), outside.get());
            return List.of();
        }
        return datasets.read(file, yaml.line("dataset"), location, problems);
    }

    /** The variant, or empty (its problems recorded) when it cannot be read; its id is read by the caller. */
    private static Optional<SuiteVariant> variant(YamlMap yaml, Optional<String> id, Location location,
                                                  Problems problems) {
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
        Optional<Set<String>> cases = yaml.has("cases") ? Optional.of(yaml.texts("cases")) : Optional.empty();
        return yaml.requiredText("name").map(name -> new ScorerSpec(name, yaml.map("options"), yaml.number("threshold"),
                location.position(yaml.line()), cases));
    }
}

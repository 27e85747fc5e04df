package dev.evalunit.maven.promptfoo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One promptfoo {@code assert} entry as an EvalUnit scorer declaration:
 * <pre>
 * equals        → equals {value}              contains     → contains {value}
 * icontains     → contains {value, ignoreCase} regex        → regex {pattern} (RE2: no lookaround)
 * is-json       → is-json, or json-schema {schema} when it has a schema
 * contains-json → is-json {stripCodeFence} (the whole output must be the JSON: listed as partial)
 * similar       → embedding-similarity {value}, threshold (default 0.75, as promptfoo's)
 * llm-rubric    → rubric-judge {model, rubric, scale 0-1}, threshold (default 0.5)
 * cost, latency → cost / latency {max: threshold}
 * contains-any, contains-all, starts-with → the scorers of the same names
 * </pre>
 * A value that is exactly one {@code {{variable}}} reads the case field of that name. Every other type
 * (javascript, python, not-*, model-graded types beyond llm-rubric, {@code $ref}) and options EvalUnit has no
 * form for ({@code transform}, {@code weight}) are listed as not converted.
 */
final class Assertions {

    /** promptfoo's default threshold of {@code similar}. */
    static final double SIMILAR_THRESHOLD = 0.75;
    private static final Pattern ONE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    /**
     * A scorer declaration, before it gets its metric name and cases.
     *
     * @param name      the EvalUnit scorer
     * @param options   its options
     * @param threshold its threshold, when it has one
     * @param metric    the metric name promptfoo gave the assertion, else its type
     */
    record Declaration(String name, Map<String, Object> options, Optional<Double> threshold, Optional<String> metric) {
    }

    private final ConfigNode root;
    private final String grader;
    private final Unconverted unconverted;

    /**
     * @param root   the config, where {@code $ref}s to assertion templates are resolved
     * @param grader the model llm-rubric assertions are judged by, unless one names its own provider
     */
    Assertions(ConfigNode root, String grader, Unconverted unconverted) {
        this.root = root;
        this.grader = grader;
        this.unconverted = unconverted;
    }

    Optional<Declaration> convert(ConfigNode assertion) {
        if (assertion.get("$ref").isPresent()) {
            Optional<ConfigNode> target = resolve(assertion.text("$ref").orElse(""));
            if (target.isEmpty()) {
                unconverted.add(assertion, "assertion $ref " + assertion.text("$ref").orElse("?")
                        + " (only references within the config, #/..., are resolved)");
            }
            return target.flatMap(this::convert);
        }
        String type = assertion.text("type").orElse("");
        for (String option : List.of("transform", "weight", "config")) {
            boolean neutral = option.equals("weight") && assertion.number(option).filter(w -> w == 1).isPresent();
            if (assertion.get(option).isPresent() && !neutral) {
                unconverted.add(assertion, "option '" + option + "' of a " + type + " assertion (the assertion converts"
                        + " without it)");
            }
        }
        Map<String, Object> options = new LinkedHashMap<>();
        Optional<Double> threshold = assertion.number("threshold");
        String name = switch (type) {
            case "equals", "contains", "starts-with" -> reference(assertion, options, "value") ? type : null;
            case "icontains" -> {
                options.put("ignoreCase", true);
                yield reference(assertion, options, "value") ? "contains" : null;
            }
            case "contains-any", "contains-all" -> list(assertion, options) ? type : null;
            case "regex" -> {
                Optional<String> pattern = assertion.text("value");
                pattern.ifPresentOrElse(p -> options.put("pattern", p),
                        () -> unconverted.add(assertion, "regex assertion whose pattern is not a text"));
                yield pattern.isPresent() ? "regex" : null;
            }
            case "is-json" -> isJson(assertion, options);
            case "contains-json" -> {
                unconverted.add(assertion, "contains-json converted as is-json with stripCodeFence: the whole output"
                        + " (or its code block) must be the JSON, where promptfoo also finds JSON amid prose");
                options.put("stripCodeFence", true);
                yield "is-json";
            }
            case "similar" -> {
                threshold = Optional.of(threshold.orElse(SIMILAR_THRESHOLD));
                yield reference(assertion, options, "value") ? "embedding-similarity" : null;
            }
            case "llm-rubric" -> rubric(assertion, options) ? "rubric-judge" : null;
            case "cost", "latency" -> {
                if (threshold.isEmpty()) {
                    unconverted.add(assertion, type + " assertion without a threshold");
                    yield null;
                }
                options.put("max", threshold.get());
                yield type;
            }
            default -> {
                unconverted.add(assertion, "assertion type '" + type + "'");
                yield null;
            }
        };
        if (type.equals("llm-rubric")) {
            threshold = Optional.of(threshold.orElse(0.5));
        }
        if (type.equals("contains-all")) {
            threshold = Optional.of(1.0);
        }
        if (type.equals("cost") || type.equals("latency")) {
            threshold = Optional.empty();
        }
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new Declaration(name, options, threshold,
                Optional.of(assertion.text("metric").orElse(type))));
    }

    /** A JSON pointer within the config, such as {@code #/assertionTemplates/noise}. */
    private Optional<ConfigNode> resolve(String reference) {
        if (!reference.startsWith("#/")) {
            return Optional.empty();
        }
        Optional<ConfigNode> node = Optional.of(root);
        for (String segment : reference.substring(2).split("/")) {
            String key = segment.replace("~1", "/").replace("~0", "~");
            node = node.flatMap(n -> n.get(key));
        }
        return node.filter(ConfigNode::isMap);
    }

    /** Puts {@code value} (a literal) or {@code field} (a value that is exactly one variable). */
    private boolean reference(ConfigNode assertion, Map<String, Object> options, String key) {
        Optional<String> value = assertion.text(key);
        if (value.isEmpty()) {
            unconverted.add(assertion, assertion.text("type").orElse("?") + " assertion whose value is not a text");
            return false;
        }
        Matcher variable = ONE_VARIABLE.matcher(value.get().strip());
        if (variable.matches()) {
            options.put("field", variable.group(1));
        } else if (value.get().contains("{{")) {
            unconverted.add(assertion, "an assertion value with variables inside text: " + Unconverted.excerpt(value.get()));
            return false;
        } else {
            options.put("value", value.get());
        }
        return true;
    }

    private boolean list(ConfigNode assertion, Map<String, Object> options) {
        Optional<ConfigNode> value = assertion.get("value");
        if (value.isEmpty() || !value.get().isList()) {
            unconverted.add(assertion, assertion.text("type").orElse("?") + " assertion whose value is not a list");
            return false;
        }
        options.put("values", value.get().plain());
        return true;
    }

    private String isJson(ConfigNode assertion, Map<String, Object> options) {
        Optional<ConfigNode> schema = assertion.get("value");
        if (schema.isEmpty()) {
            return "is-json";
        }
        if (!schema.get().isMap()) {
            unconverted.add(assertion, "is-json with a schema that is not inline (a file reference)");
            return "is-json";
        }
        options.put("schema", schema.get().plain());
        return "json-schema";
    }

    private boolean rubric(ConfigNode assertion, Map<String, Object> options) {
        Optional<String> rubric = assertion.text("value");
        if (rubric.isEmpty()) {
            unconverted.add(assertion, "llm-rubric assertion whose rubric is not a text");
            return false;
        }
        options.put("model", assertion.text("provider").orElse(grader));
        options.put("rubric", rubric.get());
        options.put("scale", "0-1");
        return true;
    }
}

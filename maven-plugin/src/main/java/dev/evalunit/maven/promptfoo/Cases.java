package dev.evalunit.maven.promptfoo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tests of a promptfoo config as EvalUnit cases, and their assertions as scorer declarations: one declaration
 * per distinct assertion, scoring the cases that declare it (every case for {@code defaultTest.assert}, and then no
 * {@code cases:} restriction).
 */
final class Cases {

    private static final Set<String> TEST_KEYS = Set.of("vars", "assert", "description");

    private final Assertions assertions;
    private final Unconverted unconverted;
    private final Map<String, String> defaultVars = new LinkedHashMap<>();
    private final List<Assertions.Declaration> everyCase = new ArrayList<>();
    private final Map<Assertions.Declaration, List<String>> someCases = new LinkedHashMap<>();
    private final List<Map<String, String>> rows = new ArrayList<>();
    private final Ids ids = new Ids();
    private ConfigNode firstTest;

    Cases(Assertions assertions, Unconverted unconverted) {
        this.assertions = assertions;
        this.unconverted = unconverted;
    }

    void defaults(ConfigNode defaultTest) {
        defaultTest.keys().stream().filter(k -> !Set.of("vars", "assert").contains(k)
                        && !(k.equals("options") && defaultTest.get("options").orElseThrow().keys().equals(List.of("provider"))))
                .forEach(k -> unconverted.add(defaultTest.get(k).orElseThrow(), "defaultTest '" + k + "'"));
        defaultTest.get("vars").ifPresent(vars -> defaultVars.putAll(vars(vars)));
        defaultTest.get("assert").ifPresent(list -> list.items().forEach(a -> assertions.convert(a)
                .ifPresent(everyCase::add)));
    }

    void add(ConfigNode test) {
        if (firstTest == null) {
            firstTest = test;
        }
        if (!test.isMap()) {
            unconverted.add(test, "a test that is not a mapping (tests from files do not convert)");
            return;
        }
        test.keys().stream().filter(k -> !TEST_KEYS.contains(k))
                .forEach(k -> unconverted.add(test.get(k).orElseThrow(), "test option '" + k + "'"));
        Map<String, String> row = new LinkedHashMap<>();
        String id = ids.unique(test.text("description").map(Ids::slug).orElse("test-" + (rows.size() + 1)));
        row.put("id", id);
        row.putAll(defaultVars);
        test.get("vars").ifPresent(vars -> row.putAll(vars(vars)));
        test.text("description").filter(d -> !row.containsKey("description")).ifPresent(d -> row.put("description", d));
        test.get("assert").ifPresent(list -> list.items().forEach(a -> assertions.convert(a)
                .ifPresent(d -> someCases.computeIfAbsent(d, k -> new ArrayList<>()).add(id))));
        rows.add(row);
    }

    /** Gives every case a field a prompt uses: promptfoo renders a missing variable as empty text. */
    void requireField(String name) {
        List<String> missing = rows.stream().filter(r -> !r.containsKey(name)).map(r -> r.get("id")).toList();
        if (!missing.isEmpty()) {
            rows.stream().filter(r -> !r.containsKey(name)).forEach(r -> r.put(name, ""));
            unconverted.add(firstTest, "variable '" + name + "' is missing in " + missing.size() + " test(s) ("
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size()))) + (missing.size() > 5 ? ", ..."
                    : "") + "); their cases have it empty, as promptfoo renders it");
        }
    }

    List<Map<String, String>> rows() {
        return List.copyOf(rows);
    }

    /** The scorer declarations, each with a metric name of its own. */
    List<Map<String, Object>> scorers() {
        List<Map<String, Object>> scorers = new ArrayList<>();
        Ids metrics = new Ids();
        everyCase.forEach(d -> scorers.add(declaration(d, metrics, Optional.empty())));
        someCases.forEach((d, caseIds) -> scorers.add(declaration(d, metrics,
                caseIds.size() == rows.size() ? Optional.empty() : Optional.of(caseIds))));
        return scorers;
    }

    private static Map<String, Object> declaration(Assertions.Declaration d, Ids metrics, Optional<List<String>> cases) {
        Map<String, Object> scorer = new LinkedHashMap<>();
        scorer.put("name", d.name());
        Map<String, Object> options = new LinkedHashMap<>(d.options());
        options.put("metric", metrics.unique(d.metric().map(Ids::slug).orElse(d.name())));
        scorer.put("options", options);
        d.threshold().ifPresent(t -> scorer.put("threshold", t));
        cases.ifPresent(c -> scorer.put("cases", c));
        return scorer;
    }

    /** A {@code vars} mapping as case fields; values that are not texts or numbers are listed and left out. */
    private Map<String, String> vars(ConfigNode vars) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : vars.keys()) {
            ConfigNode value = vars.get(key).orElseThrow();
            Optional<String> text = value.text();
            if (text.isEmpty()) {
                unconverted.add(value, "variable '" + key + "' is a list or a mapping (promptfoo expands lists into"
                        + " one test per value); it is left out");
            } else if (text.get().startsWith("file://")) {
                unconverted.add(value, "variable '" + key + "' is read from " + text.get() + "; it is left out");
            } else {
                fields.put(key, text.get());
            }
        }
        return fields;
    }
}

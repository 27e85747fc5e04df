package dev.evalunit.judges.text;

import dev.evalunit.api.Case;
import dev.evalunit.api.spi.Scorer;
import dev.evalunit.api.spi.ScorerConfigException;
import dev.evalunit.api.spi.ScorerProvider;
import dev.evalunit.api.spi.ScorerSetup;
import dev.evalunit.judges.Metric;
import dev.evalunit.judges.Options;
import dev.evalunit.judges.TextNormalizer;
import dev.evalunit.judges.Threshold;
import dev.evalunit.stats.Direction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the output against a set of texts: a literal {@code values} list or a case {@code field} holding
 * a list (or one text). For {@code contains-all} the value is the fraction of the texts found, for
 * {@code contains-any} 1 when at least one is found; both pass at 1 unless the suite sets a threshold.
 */
abstract class ContainsSetCheck implements ScorerProvider {

    private final String name;
    private final boolean all;

    ContainsSetCheck(String name, boolean all) {
        this.name = name;
        this.all = all;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Scorer create(ScorerSetup setup) throws ScorerConfigException {
        Set<String> keys = new HashSet<>(Set.of("values", "field"));
        keys.addAll(TextNormalizer.KEYS);
        Options options = Options.of(setup, keys);
        Optional<List<String>> literal = options.strings("values");
        Optional<String> field = options.caseField("field");
        if (literal.isPresent() == field.isPresent()) {
            throw options.problem("needs exactly one of option 'values' (a list of texts) or option 'field' "
                    + "(the case field holding them)");
        }
        if (literal.isPresent() && literal.get().isEmpty()) {
            throw options.problem("values", "must list at least one text");
        }
        TextNormalizer normalizer = TextNormalizer.from(options, TextNormalizer.EXACT);
        Metric metric = new Metric(options.metric(), Threshold.of(setup.spec(), 1.0, Direction.HIGHER));
        return Scorer.sync(input -> {
            Optional<List<String>> wanted = literal.isPresent() ? literal : texts(input.testCase(), field.orElseThrow());
            if (wanted.isEmpty() || wanted.get().isEmpty()) {
                return List.of(metric.error("case '" + input.testCase().id() + "' has no texts in field '"
                        + field.orElseThrow() + "'", input.output()));
            }
            String output = normalizer.apply(input.output());
            List<String> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String text : wanted.get()) {
                (output.contains(normalizer.apply(text)) ? found : missing).add(text);
            }
            double value = all ? (double) found.size() / wanted.get().size() : (found.isEmpty() ? 0.0 : 1.0);
            String what = found.size() + " of " + wanted.get().size() + " found"
                    + (missing.isEmpty() ? "" : "; missing " + missing);
            return List.of(metric.score(value, what, Map.of("found", found, "missing", missing)));
        });
    }

    private static Optional<List<String>> texts(Case testCase, String field) {
        return testCase.field(field).map(value -> value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value)));
    }
}

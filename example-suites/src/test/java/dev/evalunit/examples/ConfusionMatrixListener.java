package dev.evalunit.examples;

import dev.evalunit.api.FinishedRun;
import dev.evalunit.api.RunFiles;
import dev.evalunit.api.RunListener;
import dev.evalunit.api.SampleRecord;
import dev.evalunit.api.Score;
import dev.evalunit.judges.suite.ConfusionMatrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes {@code confusion-matrix.md} next to the report of every run with classification scores (scores that carry
 * {@code expected} and {@code predicted} labels, as {@code label-match} does): one matrix per variant and metric,
 * rows expected, columns predicted, with accuracy and macro F1. It is also printed unless
 * {@code evalunit.compare.console} is {@code false}.
 */
public final class ConfusionMatrixListener implements RunListener {

    /** The file written into the run directory. */
    public static final String FILE = "confusion-matrix.md";

    @Override
    public void runFinished(FinishedRun run) throws IOException {
        Map<String, List<Score>> byVariantAndMetric = new TreeMap<>();
        try (Stream<SampleRecord> samples = new RunFiles().readResults(run.directory())) {
            samples.forEach(sample -> sample.scores().stream()
                    .filter(score -> !score.isError() && score.details().containsKey("expected")
                            && score.details().containsKey("predicted"))
                    .forEach(score -> byVariantAndMetric.computeIfAbsent(sample.variantId() + " · " + score.name(),
                            key -> new ArrayList<>()).add(score)));
        }
        if (byVariantAndMetric.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("# Confusion matrices of " + run.summary().suiteName() + "\n");
        byVariantAndMetric.forEach((key, scores) -> text.append('\n').append(table(key, ConfusionMatrix.of(scores))));
        Files.writeString(run.directory().resolve(FILE), text, StandardCharsets.UTF_8);
        if (!run.setting("evalunit.compare.console").map("false"::equalsIgnoreCase).orElse(false)) {
            System.out.print(text);
        }
    }

    private static String table(String title, ConfusionMatrix matrix) {
        StringBuilder table = new StringBuilder("## ").append(title).append(" (accuracy ")
                .append(format(matrix.accuracy())).append(", macro F1 ").append(format(matrix.macroF1())).append(", ")
                .append(matrix.total()).append(" samples)\n\n| expected \\ predicted |");
        matrix.labels().forEach(label -> table.append(' ').append(label).append(" |"));
        table.append("\n|---|").append("---:|".repeat(matrix.labels().size())).append('\n');
        for (String expected : matrix.labels()) {
            table.append("| ").append(expected).append(" |");
            matrix.labels().forEach(predicted -> table.append(' ').append(matrix.count(expected, predicted)).append(" |"));
            table.append('\n');
        }
        return table.toString();
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
    }
}

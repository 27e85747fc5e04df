package dev.evalunit.reports;

import dev.evalunit.api.run.HistoryEntry;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.reports.model.Section;
import dev.evalunit.reports.model.TrendChart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lays out the trend of the primary metric over the suite's last {@value #RUNS} full runs up to this one, from the
 * {@code history.jsonl} beside its runs.
 */
final class TrendCharts {

    static final int RUNS = 20;
    private static final double WIDTH = 640;
    private static final double HEIGHT = 260;
    private static final double LEFT = 56;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 14;
    private static final double BOTTOM = HEIGHT - 44;
    private static final String[] COLOURS = {"#0969da", "#bf3989", "#1a7f37", "#9a6700", "#8250df", "#cf222e"};

    private TrendCharts() {
    }

    /** The trend, absent without a primary metric or history, unavailable when the history cannot be read. */
    static Section<TrendChart> of(Path runDirectory, RunSummary summary, RunFiles files) {
        Optional<String> metric = summary.comparison().map(c -> c.primaryMetric());
        if (metric.isEmpty() || summary.partial().isPresent()) {
            return Section.absent();
        }
        List<HistoryEntry> history;
        try {
            history = files.readHistory(runDirectory.getParent());
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            return Section.unavailable(e.getMessage());
        }
        int last = lastIndexOf(history, summary.runId());
        List<HistoryEntry> upToThisRun = history.subList(0, last + 1).stream()
                .filter(e -> e.metric().equals(metric) && e.mean().isPresent()).toList();
        List<String> runIds = new ArrayList<>(upToThisRun.stream().map(HistoryEntry::runId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        runIds = runIds.subList(Math.max(0, runIds.size() - RUNS), runIds.size());
        if (runIds.size() < 2) {
            return Section.unavailable("the suite's history has " + runIds.size() + " full run(s) with "
                    + metric.get() + " up to this one; the trend needs two");
        }
        List<String> shown = runIds;
        List<HistoryEntry> entries = upToThisRun.stream().filter(e -> shown.contains(e.runId())).toList();
        return Section.of(chart(metric.get(), summary.runId(), shown, entries));
    }

    private static int lastIndexOf(List<HistoryEntry> history, String runId) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).runId().equals(runId)) {
                return i;
            }
        }
        return history.size() - 1;
    }

    private static TrendChart chart(String metric, String currentRun, List<String> runIds, List<HistoryEntry> entries) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (HistoryEntry e : entries) {
            min = Math.min(min, e.ciLow().orElse(e.mean().getAsDouble()));
            max = Math.max(max, e.ciHigh().orElse(e.mean().getAsDouble()));
        }
        Axis y = new Axis(min, max, BOTTOM, TOP);
        double step = (RIGHT - LEFT - 20) / (runIds.size() - 1);
        Map<String, Double> xs = new LinkedHashMap<>();
        runIds.forEach(id -> xs.put(id, LEFT + 10 + xs.size() * step));
        List<TrendChart.TrendRun> runs = new ArrayList<>();
        for (String id : runIds) {
            HistoryEntry first = entries.stream().filter(e -> e.runId().equals(id)).findFirst().orElseThrow();
            runs.add(new TrendChart.TrendRun(xs.get(id), id, first.commit().map(c -> c.substring(0, Math.min(7,
                    c.length()))).orElse(id), first.date(), id.equals(currentRun)));
        }
        Map<String, List<HistoryEntry>> byVariant = new LinkedHashMap<>();
        entries.forEach(e -> byVariant.computeIfAbsent(e.variantId(), v -> new ArrayList<>()).add(e));
        List<TrendChart.TrendLine> lines = new ArrayList<>();
        for (Map.Entry<String, List<HistoryEntry>> variant : byVariant.entrySet()) {
            List<TrendChart.TrendPoint> points = variant.getValue().stream().map(e -> {
                double mean = e.mean().getAsDouble();
                return new TrendChart.TrendPoint(xs.get(e.runId()), y.at(mean), y.at(e.ciLow().orElse(mean)),
                        y.at(e.ciHigh().orElse(mean)), title(e, metric));
            }).toList();
            String path = points.stream().map(p -> coordinate(p.x()) + "," + coordinate(p.y()))
                    .collect(Collectors.joining(" "));
            lines.add(new TrendChart.TrendLine(variant.getKey(), COLOURS[lines.size() % COLOURS.length], path,
                    points));
        }
        return new TrendChart(metric, WIDTH, HEIGHT, LEFT, RIGHT, BOTTOM, y.ticks("", ""), runs, lines);
    }

    private static String title(HistoryEntry e, String metric) {
        String interval = e.ciLow().isPresent() && e.ciHigh().isPresent()
                ? " [" + number(e.ciLow().getAsDouble()) + ", " + number(e.ciHigh().getAsDouble()) + "]"
                : "";
        return e.variantId() + " in " + e.runId() + e.commit().map(c -> " (" + c + ")").orElse("") + ": " + metric
                + " " + number(e.mean().getAsDouble()) + interval + e.decision().map(d -> ", " + d).orElse("")
                + (e.gatesPassed() ? ", gates passed" : ", failed gates: " + String.join(", ", e.failedGates()));
    }

    private static String number(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

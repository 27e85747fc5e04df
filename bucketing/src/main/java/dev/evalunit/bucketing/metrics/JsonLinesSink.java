package dev.evalunit.bucketing.metrics;

import dev.evalunit.bucketing.config.InvalidConfigException;
import org.apiguardian.api.API;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Appends events to a JSON-lines file, one event per line, each batch flushed as a whole. {@link #read}
 * reads such a file back for analysis and names the line of any bad event.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JsonLinesSink implements EventSink {

    private final Path file;

    public JsonLinesSink(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public synchronized void write(List<MetricEvent> batch) throws IOException {
        StringBuilder lines = new StringBuilder(batch.size() * 160);
        for (MetricEvent event : batch) {
            lines.append(MetricEventJson.line(event)).append('\n');
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            out.write(lines.toString());
        }
    }

    /**
     * Reads every event of a JSON-lines file; blank lines are skipped.
     *
     * @throws InvalidConfigException naming the file, line and field of a bad event
     */
    public static List<MetricEvent> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events file " + file + ": " + e.getMessage(), e);
        }
        List<MetricEvent> events = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                events.add(MetricEventJson.parse(lines.get(i)));
            } catch (InvalidConfigException e) {
                throw e.locatedIn(file + " line " + (i + 1), "");
            }
        }
        return events;
    }
}

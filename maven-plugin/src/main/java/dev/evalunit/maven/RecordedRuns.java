package dev.evalunit.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The runs recorded under an output directory ({@code <output>/<suite-id>/<run-id>/summary.json}) since an instant. */
final class RecordedRuns {

    private static final String LATEST = "latest";
    private static final String SUMMARY = "summary.json";

    private RecordedRuns() {
    }

    /** Runs whose summary was written at or after {@code since}, by suite then run id; {@code latest} is skipped. */
    static List<RecordedRun> since(Path output, Instant since) throws IOException {
        List<RecordedRun> runs = new ArrayList<>();
        if (!Files.isDirectory(output)) {
            return runs;
        }
        for (Path suite : list(output)) {
            if (!Files.isDirectory(suite)) {
                continue;
            }
            for (Path run : list(suite)) {
                Path summary = run.resolve(SUMMARY);
                if (!run.getFileName().toString().startsWith(LATEST) && Files.isRegularFile(summary)
                        && !Files.getLastModifiedTime(summary).toInstant().isBefore(since)) {
                    runs.add(RecordedRun.read(summary));
                }
            }
        }
        return runs;
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        }
    }
}

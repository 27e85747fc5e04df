package dev.evalunit.reports;

import dev.evalunit.api.run.FinishedRun;
import dev.evalunit.api.run.RunInProgress;
import dev.evalunit.api.spi.RunListener;
import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Writes {@code report.html} and {@code summary.md} into every finished run's directory (and, while a run goes,
 * an interim {@code report.html} marked in progress at the engine's report interval), and appends the
 * Markdown summary to the file named by {@code $GITHUB_STEP_SUMMARY} when that variable is set (GitHub
 * Actions shows it on the job's page). Registered for {@link java.util.ServiceLoader}, so having this module
 * on the test class path is enough.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportListener implements RunListener {

    /** The environment variable naming the CI step summary file. */
    public static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private final Map<String, String> environment;
    private final ReportWriter writer = new ReportWriter();
    private final BaselineComparison baseline = new BaselineComparison();

    /** A listener reading {@code $GITHUB_STEP_SUMMARY} from the process environment. */
    public ReportListener() {
        this(System.getenv());
    }

    ReportListener(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    @Override
    public void runInProgress(RunInProgress run) throws IOException {
        writer.writeInProgress(run);
    }

    /** {@code report.html} and {@code summary.md}, which {@link #runFinished} writes. */
    @Override
    public List<Path> filesWritten(FinishedRun run) {
        return List.of(run.directory().resolve(ReportWriter.HTML), run.directory().resolve(ReportWriter.MARKDOWN));
    }

    @Override
    public void runFinished(FinishedRun run) throws IOException {
        ReportWriter.Written written = writer.write(run.directory());
        String markdown = Files.readString(written.markdown(), StandardCharsets.UTF_8) + "\n";
        Optional<CompareRuns.Written> regressions = baseline.compare(run);
        if (regressions.isPresent()) {
            System.out.println(regressions.get().markdown());
            markdown += "\n" + regressions.get().markdown() + "\n";
        }
        String stepSummary = environment.get(STEP_SUMMARY);
        if (stepSummary != null && !stepSummary.isBlank()) {
            Path target = Path.of(stepSummary);
            try {
                Files.writeString(target, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new IOException("cannot append the run summary to $" + STEP_SUMMARY + " (" + target + "): "
                        + e.getMessage(), e);
            }
        }
    }
}

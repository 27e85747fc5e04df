package dev.evalunit.reports.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalScorer;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.ScoringInput;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * A suite run by {@link InterimReportTest}: one slow in-process model that, on every call, looks at the run's
 * {@code report.html} as it is at that moment and keeps what it saw.
 */
@EvalSuite(id = "slow-replies", passRate = 0.0)
public class SlowRepliesSuite {

    /** The run directory the model watches; unset when Surefire runs this suite on its own. */
    static volatile Path watched;
    /** What {@code report.html} held at each call that found one. */
    static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();

    @Dataset
    List<Case> cases() {
        return IntStream.rangeClosed(1, 6).mapToObj(i -> Case.of("ticket-" + i,
                Map.of("question", "Where is order " + i + "?"))).toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(new Variant("slow", "Slow", ModelRef.parse("inprocess:slow"), Optional.empty(),
                Optional.of("{{question}}"), SamplingParams.DEFAULTS));
    }

    @InProcessModel("slow")
    String slow(ModelRequest request) throws InterruptedException {
        Thread.sleep(30);
        Path report = watched == null ? null : watched.resolve("report.html");
        if (report != null && Files.exists(report)) {
            try {
                SEEN.add(Files.readString(report, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "Your order ships tomorrow.";
    }

    @EvalScorer(threshold = 1.0)
    Score answered(ScoringInput input) {
        return Score.check("answered", !input.output().isBlank(), "an answer");
    }
}

package dev.evalunit.judges.llm;

import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.spi.ModelClient;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What a judge is asked to do: text the suite fixed, or text prepared once per run with the judge itself
 * (G-Eval's evaluation steps generated from the criteria).
 */
interface JudgeTask {

    /**
     * The task text, and the judge usage of preparing it for the caller that caused the preparation (none for
     * every other caller, so each preparation is counted once).
     */
    CompletionStage<Prepared> prepare(ModelClient client);

    /** What the suite declared, for the judge's fingerprint. */
    String declared();

    /** A task text and what preparing it cost this caller. */
    record Prepared(String text, JudgeUsage usage) {
    }

    /** The suite's own text. */
    static JudgeTask fixed(String text) {
        return new JudgeTask() {
            @Override
            public CompletionStage<Prepared> prepare(ModelClient client) {
                return CompletableFuture.completedFuture(new Prepared(text, JudgeUsage.NONE));
            }

            @Override
            public String declared() {
                return text;
            }
        };
    }
}

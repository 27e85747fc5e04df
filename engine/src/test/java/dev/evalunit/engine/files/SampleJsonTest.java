package dev.evalunit.engine.files;

import dev.evalunit.api.run.ErrorKind;
import dev.evalunit.api.run.JudgeUsage;
import dev.evalunit.api.run.ModelResponse;
import dev.evalunit.api.run.Sample;
import dev.evalunit.api.run.SampleError;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.api.run.Score;
import dev.evalunit.api.run.TokenUsage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journal lines written field by field are the lines the record's bean serializer wrote: the expected lines were
 * printed by {@code RunFiles.toLine} before {@link SampleJson} existed (every optional field present and absent,
 * both score kinds, judge usage with and without a cost, nested details, escapes, doubles in both notations).
 */
class SampleJsonTest {

    private final RunFiles files = new RunFiles();

    @Test
    void aSampleWithEveryFieldIsWrittenAsBefore() {
        ModelResponse response = ModelResponse.builder(
                        "Paris \"quoted\" \\ back\nnew line\ttab \u0001 \u00e9 \ud834\udd1e </script> \u2028",
                        Duration.ofNanos(250_123_456))
                .usage(new TokenUsage(12, 3)).timeToFirstToken(Duration.ofNanos(45_000_001)).finishReason("STOP")
                .costUsd(0.1 + 0.2).cacheHit(true).attempts(2).build();
        Score measured = Score.of("faithful", 1e-7, true, "cites\nthe source").withJudge("j1", 2)
                .withDetails(Map.of("label", "yes"))
                .withJudgeUsage(new JudgeUsage(2, 100, 7, OptionalDouble.of(4.8e-6)));
        Score failed = Score.error("tone", "unparseable reply", "maybe?").withJudge("j2", 0)
                .withJudgeUsage(new JudgeUsage(1, 10, 0, OptionalDouble.empty()));
        Score plain = Score.check("contains", false, null);
        Score nested = Score.of("bleu", 123456789.125, true, null)
                .withDetails(Map.of("counts", List.of(1, 2.5, "x", Map.of("k", true))));
        SampleRecord record = SampleRecord.of("geo", "run-1", Sample.success("a", "q1", 1, "f00d", response),
                List.of(measured, failed, plain, nested), false);

        assertWrittenAsBefore(record,
                "{\"suiteId\":\"geo\",\"runId\":\"run-1\",\"variantId\":\"a\",\"caseId\":\"q1\",\"repeat\":1,\"fi"
                + "ngerprint\":\"f00d\",\"output\":\"Paris \\\"quoted\\\" \\\\ back\\nnew line\\ttab \\u0001 \u00e9"
                + " \ud834\udd1e </script> \u2028\",\"latencyMs\":250.123456,\"timeToFirstTokenMs\":45.000001,\"inp"
                + "utTokens\":12,\"outputTokens\":3,\"costUsd\":0.30000000000000004,\"cacheHit\":true,\"attempts\":"
                + "2,\"finishReason\":\"STOP\",\"scores\":[{\"name\":\"faithful\",\"value\":1.0E-7,\"passed\":true,"
                + "\"reason\":\"cites\\nthe source\",\"judgeFingerprint\":\"j1\",\"judgeRepeat\":2,\"details\":{\"l"
                + "abel\":\"yes\"},\"judgeUsage\":{\"calls\":2,\"inputTokens\":100,\"outputTokens\":7,\"costUsd\":4"
                + ".8E-6}},{\"name\":\"tone\",\"passed\":false,\"reason\":\"maybe?\",\"error\":\"unparseable reply\""
                + ",\"judgeFingerprint\":\"j2\",\"judgeRepeat\":0,\"details\":{},\"judgeUsage\":{\"calls\":1,\"inpu"
                + "tTokens\":10,\"outputTokens\":0}},{\"name\":\"contains\",\"value\":0.0,\"passed\":false,\"judgeR"
                + "epeat\":0,\"details\":{}},{\"name\":\"bleu\",\"value\":1.23456789125E8,\"passed\":true,\"judgeRe"
                + "peat\":0,\"details\":{\"counts\":[1,2.5,\"x\",{\"k\":true}]}}],\"passed\":false}");
    }

    @Test
    void aSampleWithNoOptionalFieldIsWrittenAsBefore() {
        SampleRecord record = SampleRecord.of("geo", "run-1", Sample.success("b", "q\"2", 0, "beef",
                ModelResponse.of("", Duration.ZERO)), List.of(), true);

        assertWrittenAsBefore(record,
                "{\"suiteId\":\"geo\",\"runId\":\"run-1\",\"variantId\":\"b\",\"caseId\":\"q\\\"2\",\"repeat\":0,"
                + "\"fingerprint\":\"beef\",\"output\":\"\",\"latencyMs\":0.0,\"cacheHit\":false,\"attempts\":1,\"s"
                + "cores\":[],\"passed\":true}");
    }

    @Test
    void anErrorSampleIsWrittenAsBefore() {
        SampleRecord record = SampleRecord.of("s", "r", Sample.failure("v", "c", 3, "dead",
                new SampleError(ErrorKind.RATE_LIMITED, "429 after 3 tries: \"slow down\"", 3)), List.of(), false);

        assertWrittenAsBefore(record,
                "{\"suiteId\":\"s\",\"runId\":\"r\",\"variantId\":\"v\",\"caseId\":\"c\",\"repeat\":3,\"fingerpri"
                + "nt\":\"dead\",\"error\":{\"kind\":\"RATE_LIMITED\",\"message\":\"429 after 3 tries: \\\"slow dow"
                + "n\\\"\",\"attempts\":3},\"cacheHit\":false,\"attempts\":3,\"scores\":[],\"passed\":false}");
    }

    private void assertWrittenAsBefore(SampleRecord record, String line) {
        assertThat(files.toLine(record)).isEqualTo(line);
        assertThat(files.parseLine(line)).isEqualTo(record);
    }
}

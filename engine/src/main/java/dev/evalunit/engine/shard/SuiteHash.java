package dev.evalunit.engine.shard;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.engine.suite.CompareSpec;
import dev.evalunit.engine.suite.GateSpec;
import dev.evalunit.engine.suite.Suite;
import dev.evalunit.engine.suite.SuiteCase;
import dev.evalunit.engine.suite.SuiteScorer;
import dev.evalunit.engine.suite.SuiteVariant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version of a suite, as the SHA-256 of what decides its results: id, repeats, pass rate, every variant's
 * configuration, every case with its fields, the scorers and the {@code compare}, {@code gates} and
 * {@code export} blocks. Shards of different versions cannot be merged: their cases were dealt, called or scored
 * differently.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuiteHash {

    private SuiteHash() {
    }

    /** The suite's version, 64 hexadecimal digits. */
    public static String of(Suite suite) {
        RunFiles files = new RunFiles();
        StringBuilder text = new StringBuilder()
                .append("id=").append(suite.id()).append('\n')
                .append("repeats=").append(suite.repeats()).append('\n')
                .append("passRate=").append(suite.passRate()).append('\n');
        for (SuiteVariant variant : suite.variants()) {
            text.append("variant=").append(variant.variant()).append('\n');
        }
        for (SuiteCase testCase : suite.cases()) {
            text.append("case=").append(files.toLine(CaseRecord.of(testCase.testCase())))
                    .append(" cluster=").append(testCase.testCase().cluster().orElse("")).append('\n');
        }
        for (SuiteScorer scorer : suite.scorers()) {
            text.append("scorer=").append(scorer.spec()).append('\n');
        }
        // the blocks without their sources: a checkout in another directory is the same version
        suite.decisions().compare().ifPresent(c -> text.append("compare=").append(List.of(c.baseline(), c.primary(),
                c.secondary(), c.alpha(), c.minEffect(), c.correction(), directions(c)))
                .append('\n'));
        for (GateSpec gate : suite.decisions().gates()) {
            text.append("gate=").append(List.of(gate.name(), gate.condition(), gate.metric(), gate.variant(),
                    gate.allowInconclusive())).append('\n');
        }
        suite.decisions().export().ifPresent(e -> text.append("export=").append(e).append('\n'));
        return sha256(text.toString());
    }

    /** The compare block's directions in their suite-file spelling, sorted by metric. */
    private static Map<String, String> directions(CompareSpec compare) {
        Map<String, String> spelled = new TreeMap<>();
        compare.directions().forEach((metric, direction) -> spelled.put(metric, direction.spelling()));
        return spelled;
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hexadecimal. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

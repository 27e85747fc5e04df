package dev.evalunit.engine.shard;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A shard run's {@code shard.json}: which suite version and which share of its cases the run holds, so a merge
 * can check that its shards fit together.
 *
 * @param suiteId   the suite
 * @param suiteKey  where the suite is defined (the suite segment of its unique ID), so a merge can select it
 * @param suiteHash the suite's version ({@link SuiteHash})
 * @param index     the shard, 1 to {@code count}
 * @param count     the number of shards
 * @param runId     the shard's run
 * @param caseIds   the shard's cases, in suite order
 */
@API(status = INTERNAL, since = "0.1")
public record ShardManifest(String suiteId, String suiteKey, String suiteHash, int index, int count, String runId,
                            List<String> caseIds) {

    /** The file name, in the shard's run directory. */
    public static final String FILE = "shard.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public ShardManifest {
        Objects.requireNonNull(suiteId, "suiteId");
        Objects.requireNonNull(suiteKey, "suiteKey");
        Objects.requireNonNull(suiteHash, "suiteHash");
        Objects.requireNonNull(runId, "runId");
        caseIds = List.copyOf(caseIds);
    }

    /** The shard this manifest describes. */
    public Shard shard() {
        return new Shard(index, count);
    }

    /** Writes {@code shard.json} into a run directory. */
    public void write(Path runDirectory) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(runDirectory.resolve(FILE).toFile(), this);
    }

    /**
     * Reads a shard run's {@code shard.json}.
     *
     * @throws IOException naming the file when it cannot be read or is not a shard manifest
     */
    public static ShardManifest read(Path runDirectory) throws IOException {
        Path file = runDirectory.resolve(FILE);
        try {
            return JSON.readValue(file.toFile(), ShardManifest.class);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is not a shard manifest: " + e.getMessage(), e);
        }
    }
}

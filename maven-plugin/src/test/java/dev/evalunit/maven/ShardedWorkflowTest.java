package dev.evalunit.maven;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Actions workflow of README's "Sharded runs on a CI matrix" runs one job per shard, 1 to SHARDS, and a
 * merge job after them that runs this plugin's {@code merge} goal on the downloaded shard artifacts.
 */
class ShardedWorkflowTest {

    private static final Path WORKFLOW = Path.of("..", "docs", "ci", "evalunit-sharded.yml");

    @Test
    @SuppressWarnings("unchecked")
    void theMatrixCoversEveryShardAndTheMergeJobMergesThem() throws IOException {
        Map<String, Object> workflow = new Yaml().load(Files.readString(WORKFLOW, StandardCharsets.UTF_8));
        int shards = ((Number) ((Map<String, Object>) workflow.get("env")).get("SHARDS")).intValue();
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        Map<String, Object> shard = (Map<String, Object>) jobs.get("shard");
        Map<String, Object> matrix = (Map<String, Object>) ((Map<String, Object>) shard.get("strategy")).get("matrix");
        assertThat((List<Integer>) matrix.get("shard")).containsExactlyElementsOf(
                IntStream.rangeClosed(1, shards).boxed().toList());
        assertThat(runs(shard)).anySatisfy(run -> assertThat(run)
                .contains("-Devalunit.shard=${{ matrix.shard }}/${{ env.SHARDS }}"));
        Map<String, Object> merge = (Map<String, Object>) jobs.get("merge");
        assertThat(merge.get("needs")).isEqualTo("shard");
        assertThat(runs(merge)).anySatisfy(run -> assertThat(run).contains("evalunit:merge",
                "-Devalunit.shards=shards", "-Devalunit.history.commit=", "-Devalunit.baseline=baseline"));
        assertThat(Files.readString(WORKFLOW, StandardCharsets.UTF_8)).contains("pattern: evalunit-shard-*",
                "name: evalunit-merged");
    }

    @SuppressWarnings("unchecked")
    private static List<String> runs(Map<String, Object> job) {
        return ((List<Map<String, Object>>) job.get("steps")).stream().filter(step -> step.containsKey("run"))
                .map(step -> (String) step.get("run")).toList();
    }
}

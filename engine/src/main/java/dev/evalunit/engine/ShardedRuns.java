package dev.evalunit.engine;

import dev.evalunit.engine.shard.Shard;
import dev.evalunit.engine.shard.ShardManifest;
import dev.evalunit.engine.shard.ShardMerge;
import dev.evalunit.engine.shard.ShardSet;
import dev.evalunit.engine.shard.SuiteHash;
import dev.evalunit.engine.suite.Suite;
import org.junit.platform.engine.ConfigurationParameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine's side of sharding: a shard run ({@value Constants#SHARD}) leaves its {@code shard.json}; a merging
 * run ({@value Constants#MERGE_SHARDS}) starts from the journals of its suite's shards.
 */
final class ShardedRuns {

    private ShardedRuns() {
    }

    /** The shard this run is, when it is one. */
    static Optional<Shard> shard(ConfigurationParameters configuration) {
        return configuration.get(Constants.SHARD).map(value -> Shard.parse(Constants.SHARD, value));
    }

    /** Writes the shard run's manifest: the suite's version and the cases this shard holds. */
    static void writeManifest(Suite suite, Shard shard, Path directory) throws IOException {
        List<String> caseIds = suite.cases().stream().map(c -> c.testCase().id()).toList();
        new ShardManifest(suite.id(), suite.key(), SuiteHash.of(suite), shard.index(), shard.count(),
                directory.getFileName().toString(), List.copyOf(shard.cases(caseIds))).write(directory);
    }

    /** The shard run directories to merge, when this run merges. */
    static Optional<List<Path>> shardsToMerge(ConfigurationParameters configuration) {
        return configuration.get(Constants.MERGE_SHARDS).map(value -> Arrays.stream(value.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).toList());
    }

    /**
     * Writes the merged journals of the suite's shards (those among the directories whose manifest names the
     * suite) into the new run directory.
     *
     * @throws IllegalArgumentException when the shards do not make a whole of the suite as it is now
     */
    static void merge(Suite suite, List<Path> shardDirectories, Path directory) throws IOException {
        List<ShardSet.ShardRun> runs = new ArrayList<>();
        for (Path shard : shardDirectories) {
            ShardSet.ShardRun run = ShardSet.read(shard);
            if (run.manifest().suiteId().equals(suite.id())) {
                runs.add(run);
            }
        }
        try {
            new ShardMerge().write(ShardSet.of(suite.id(), runs), new ShardMerge.Expected(SuiteHash.of(suite),
                    suite.variants().stream().map(v -> v.variant().id()).toList(),
                    suite.cases().stream().map(c -> c.testCase().id()).toList(), suite.repeats()), directory);
        } catch (IOException | RuntimeException e) {
            // a refused merge leaves no journal behind that a later resume would take for an interrupted run
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
            throw e;
        }
    }
}

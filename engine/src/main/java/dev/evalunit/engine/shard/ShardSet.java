package dev.evalunit.engine.shard;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.engine.files.RunFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The shard runs of one suite that a merge combines, checked to fit together: one suite version, one number of
 * shards, every shard from 1 to n exactly once, each finished.
 *
 * @param suiteId the suite
 * @param shards  the shard runs by shard index, each with its manifest
 */
@API(status = INTERNAL, since = "0.1")
public record ShardSet(String suiteId, Map<Integer, ShardRun> shards) {

    /**
     * A finished shard run.
     *
     * @param directory its run directory
     * @param manifest  its {@code shard.json}
     */
    public record ShardRun(Path directory, ShardManifest manifest) {
    }

    public ShardSet {
        shards = Map.copyOf(shards);
    }

    /**
     * Checks that the shard runs of one suite make a whole.
     *
     * @throws IllegalArgumentException saying which shard is missing, duplicated, unfinished or of another suite
     *                                  version, naming the directories
     */
    public static ShardSet of(String suiteId, List<ShardRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no shard runs of suite '" + suiteId + "' to merge");
        }
        Map<String, List<ShardRun>> versions = runs.stream().collect(Collectors.groupingBy(
                r -> r.manifest().suiteHash(), TreeMap::new, Collectors.toList()));
        if (versions.size() > 1) {
            throw new IllegalArgumentException("the shards of suite '" + suiteId + "' are of " + versions.size()
                    + " different suite versions and cannot be merged: " + versions.entrySet().stream()
                    .map(e -> "version " + e.getKey().substring(0, 12) + " in " + directories(e.getValue()))
                    .collect(Collectors.joining("; ")) + ". Run every shard from the same commit");
        }
        Map<Integer, List<ShardRun>> counts = runs.stream().collect(Collectors.groupingBy(
                r -> r.manifest().count(), TreeMap::new, Collectors.toList()));
        if (counts.size() > 1) {
            throw new IllegalArgumentException("the shards of suite '" + suiteId + "' split it in different numbers"
                    + " of shards: " + counts.entrySet().stream().map(e -> "of " + e.getKey() + " in "
                    + directories(e.getValue())).collect(Collectors.joining("; ")));
        }
        int count = counts.keySet().iterator().next();
        Map<Integer, ShardRun> byIndex = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (ShardRun run : runs.stream().sorted(Comparator.comparing(r -> r.directory().toString())).toList()) {
            ShardRun earlier = byIndex.putIfAbsent(run.manifest().index(), run);
            if (earlier != null) {
                problems.add("shard " + run.manifest().shard() + " twice, in " + earlier.directory() + " and "
                        + run.directory());
            }
            if (!Files.isRegularFile(run.directory().resolve(RunFiles.SUMMARY))) {
                problems.add("shard " + run.manifest().shard() + " in " + run.directory() + " did not finish (it has"
                        + " no " + RunFiles.SUMMARY + ")");
            }
        }
        for (int index = 1; index <= count; index++) {
            if (!byIndex.containsKey(index)) {
                problems.add("shard " + index + "/" + count + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot merge the shards of suite '" + suiteId + "': "
                    + String.join("; ", problems) + " (given: " + directories(runs) + ")");
        }
        return new ShardSet(suiteId, byIndex);
    }

    /** Reads a shard run directory's manifest. */
    public static ShardRun read(Path directory) throws IOException {
        return new ShardRun(directory, ShardManifest.read(directory));
    }

    /** The suite version every shard ran. */
    public String suiteHash() {
        return shards.values().iterator().next().manifest().suiteHash();
    }

    /** Where the suite is defined. */
    public String suiteKey() {
        return shards.values().iterator().next().manifest().suiteKey();
    }

    /** The shard runs, shard 1 first. */
    public List<ShardRun> ordered() {
        return new TreeMap<>(shards).values().stream().toList();
    }

    private static String directories(List<ShardRun> runs) {
        return runs.stream().map(r -> r.directory() + " (" + r.manifest().shard() + ")")
                .collect(Collectors.joining(", "));
    }
}

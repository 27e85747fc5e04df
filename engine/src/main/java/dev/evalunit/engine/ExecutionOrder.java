package dev.evalunit.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The order in which a suite makes its calls. {@link Mode#INTERLEAVED} (the default) runs cases one block at a
 * time, in suite order, and shuffles each block's calls (every variant and repeat of that case) with a seeded
 * random order, so all variants of a case meet the provider at nearly the same moment and in no fixed
 * sequence: a provider that drifts during the run (a cold start, load, rate limiting) shifts every variant
 * of a case alike and cannot favour one. {@link Mode#BY_VARIANT} runs each variant's cases in turn, as JUnit
 * reports them.
 *
 * <p>The first {@code warmUpCalls} calls warm connections and code paths; the cases they touch are
 * {@link #warmUpCases() warm-up cases}, left out of latency statistics for every variant alike so the
 * comparison stays paired. At most a tenth of the cases are warm-up cases.
 */
final class ExecutionOrder {

    /** How calls are ordered. */
    enum Mode {
        /** Case by case, each case's calls in a seeded random order. */
        INTERLEAVED,
        /** Variant by variant, in JUnit's reporting order. */
        BY_VARIANT;

        /** The mode named by a configuration value ({@code interleaved} or {@code by-variant}). */
        static Mode parse(String value) {
            for (Mode mode : values()) {
                if (mode.configValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("unknown execution order '" + value
                    + "'; expected interleaved or by-variant");
        }

        String configValue() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One call: a plan entry (a variant × case pair, by its index in the plan) and the repeat.
     *
     * @param entry  the index of the variant × case pair in the plan
     * @param repeat 0-based repeat index
     */
    record Call(int entry, int repeat) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Mode mode;
    private final long seed;
    private final List<Call> calls;
    private final int[] lastPosition;
    private final Set<String> warmUpCases;

    private ExecutionOrder(Mode mode, long seed, List<Call> calls, int entries, Set<String> warmUpCases) {
        this.mode = mode;
        this.seed = seed;
        this.calls = List.copyOf(calls);
        this.lastPosition = new int[entries];
        for (int position = 0; position < calls.size(); position++) {
            lastPosition[calls.get(position).entry()] = position;
        }
        this.warmUpCases = Collections.unmodifiableSet(warmUpCases);
    }

    /**
     * The order of a plan's calls.
     *
     * @param caseIds     each plan entry's case id, in JUnit's reporting order (variant by variant)
     * @param repeats     calls per entry
     * @param warmUpCalls how many of the first calls warm up
     */
    static ExecutionOrder of(Mode mode, List<String> caseIds, int repeats, long seed, int warmUpCalls) {
        Map<String, List<Call>> blocks = new LinkedHashMap<>();
        for (int entry = 0; entry < caseIds.size(); entry++) {
            String block = mode == Mode.INTERLEAVED ? caseIds.get(entry) : Integer.toString(entry);
            List<Call> calls = blocks.computeIfAbsent(block, b -> new ArrayList<>());
            for (int repeat = 0; repeat < repeats; repeat++) {
                calls.add(new Call(entry, repeat));
            }
        }
        Random random = new Random(seed);
        List<Call> order = new ArrayList<>(caseIds.size() * repeats);
        for (List<Call> block : blocks.values()) {
            if (mode == Mode.INTERLEAVED) {
                Collections.shuffle(block, random);
            }
            order.addAll(block);
        }
        Set<String> warmUp = new LinkedHashSet<>();
        int distinctCases = new LinkedHashSet<>(caseIds).size();
        for (int position = 0; position < Math.min(warmUpCalls, order.size()); position++) {
            String caseId = caseIds.get(order.get(position).entry());
            if (!warmUp.contains(caseId) && warmUp.size() >= distinctCases / 10) {
                break;
            }
            warmUp.add(caseId);
        }
        return new ExecutionOrder(mode, seed, order, caseIds.size(), warmUp);
    }

    Mode mode() {
        return mode;
    }

    /** The seed of the shuffle, recorded so the order can be reproduced. */
    long seed() {
        return seed;
    }

    /** Every call, in the order they are made. */
    List<Call> calls() {
        return calls;
    }

    /** The position of an entry's last call: everything up to it must be submitted before the entry completes. */
    int lastPosition(int entry) {
        return lastPosition[entry];
    }

    /** Cases touched by the warm-up calls: their latencies stay out of the statistics. */
    Set<String> warmUpCases() {
        return warmUpCases;
    }

    /**
     * Records the order as JSON: {@code order}, {@code seed}, {@code warmUpCases} and {@code calls}, each call
     * as {@code variantId}, {@code caseId} and {@code repeat}, first call first.
     *
     * @param variantIds each plan entry's variant id
     * @param caseIds    each plan entry's case id
     */
    void write(Path file, List<String> variantIds, List<String> caseIds) throws IOException {
        List<Recorded.Call> recorded = calls.stream()
                .map(c -> new Recorded.Call(variantIds.get(c.entry()), caseIds.get(c.entry()), c.repeat()))
                .toList();
        Files.writeString(file, JSON.writeValueAsString(
                new Recorded(mode.configValue(), seed, List.copyOf(warmUpCases), recorded)));
    }

    /** The JSON form of an order. */
    private record Recorded(String order, long seed, List<String> warmUpCases, List<Call> calls) {

        private record Call(String variantId, String caseId, int repeat) {
        }
    }
}

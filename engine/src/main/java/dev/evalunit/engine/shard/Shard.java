package dev.evalunit.engine.shard;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One share of a suite's cases, {@code index} of {@code count} counted from 1. Cases are ranked by the SHA-256 of
 * their id and dealt out in turn, so the shards differ in size by at most one case, every variant and repeat of a
 * case lands in the same shard, and the deal depends on nothing but the suite's case ids.
 *
 * @param index this shard, 1 to {@code count}
 * @param count how many shards share the cases
 */
@API(status = INTERNAL, since = "0.1")
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: the index runs from 1"
                    + " to the number of shards, e.g. 1/4 to 4/4");
        }
    }

    /**
     * Parses {@code <i>/<n>}.
     *
     * @param setting the setting the value came from, for the message
     * @throws IllegalArgumentException naming the setting and the expected form
     */
    public static Shard parse(String setting, String value) {
        Matcher matcher = FORM.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(setting + "=" + value + " is not a shard: write <i>/<n>, e.g. 2/4 for the"
                    + " second of four shards");
        }
        try {
            return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + "=" + value + ": " + e.getMessage(), e);
        }
    }

    /** The ids of this shard's cases, in the order given. */
    public Set<String> cases(List<String> caseIds) {
        List<String> ranked = caseIds.stream()
                .sorted(Comparator.comparing(Shard::rank).thenComparing(Comparator.naturalOrder())).toList();
        Set<String> mine = new HashSet<>();
        for (int i = index - 1; i < ranked.size(); i += count) {
            mine.add(ranked.get(i));
        }
        Set<String> kept = new LinkedHashSet<>();
        caseIds.stream().filter(mine::contains).forEach(kept::add);
        return kept;
    }

    private static String rank(String caseId) {
        return SuiteHash.sha256(caseId);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

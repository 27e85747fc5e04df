package dev.evalunit.engine;

import dev.evalunit.api.run.CaseSummary;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.engine.shard.Shard;
import dev.evalunit.engine.suite.Suite;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The iteration filters {@value Constants#FILTER_VARIANTS}, {@value Constants#FILTER_CASES},
 * {@value Constants#FILTER_LIMIT} and {@value Constants#FILTER_RERUN}, and the shard {@value Constants#SHARD}, applied to the discovered tree: they
 * remove variant and case nodes, so the runs they leave are partial runs.
 */
final class RunFilter {

    private final Optional<Set<String>> variants;
    private final Optional<Pattern> cases;
    private final OptionalInt limit;
    private final boolean rerunFailed;
    private final Optional<Shard> shard;
    private final Path output;
    private final RunFiles files = new RunFiles();

    private RunFilter(Optional<Set<String>> variants, Optional<Pattern> cases, OptionalInt limit, boolean rerunFailed,
                      Optional<Shard> shard, Path output) {
        this.variants = variants;
        this.cases = cases;
        this.limit = limit;
        this.rerunFailed = rerunFailed;
        this.shard = shard;
        this.output = output;
    }

    /** @throws JUnitException naming the key when a value is not one the filter understands */
    static RunFilter from(ConfigurationParameters configuration) {
        Optional<String> rerun = configuration.get(Constants.FILTER_RERUN).map(String::trim);
        if (rerun.isPresent() && !rerun.get().equals(Constants.FILTER_RERUN_FAILED)) {
            throw new JUnitException(Constants.FILTER_RERUN + "=" + rerun.get() + " is not understood; the only value is '"
                    + Constants.FILTER_RERUN_FAILED + "'");
        }
        Optional<Shard> shard;
        try {
            shard = ShardedRuns.shard(configuration);
        } catch (IllegalArgumentException e) {
            throw new JUnitException(e.getMessage(), e);
        }
        List<String> others = Stream.of(Constants.FILTER_VARIANTS, Constants.FILTER_CASES, Constants.FILTER_LIMIT,
                Constants.FILTER_RERUN).filter(key -> configuration.get(key).isPresent()).toList();
        if (shard.isPresent() && !others.isEmpty()) {
            throw new JUnitException(Constants.SHARD + " cannot be combined with " + String.join(", ", others)
                    + ": a shard must hold every variant and repeat of its cases, or the merge leaves them out");
        }
        return new RunFilter(configuration.get(Constants.FILTER_VARIANTS).map(RunFilter::list).map(Set::copyOf),
                configuration.get(Constants.FILTER_CASES).map(RunFilter::globs), limit(configuration),
                rerun.isPresent(), shard, Path.of(configuration.get(Constants.OUTPUT_DIRECTORY)
                .orElse(Constants.OUTPUT_DIRECTORY_DEFAULT)));
    }

    private static OptionalInt limit(ConfigurationParameters configuration) {
        return configuration.get(Constants.FILTER_LIMIT, RunFilter::limit).map(OptionalInt::of)
                .orElseGet(OptionalInt::empty);
    }

    private static int limit(String text) {
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // the message below says what a limit must look like
        }
        throw new JUnitException(Constants.FILTER_LIMIT + "=" + text.trim()
                + " is not a number of cases (a whole number of at least 1)");
    }

    /** Removes the variants and cases the filters leave out, and variants left without cases. */
    void apply(TestDescriptor engine) {
        if (variants.isEmpty() && cases.isEmpty() && limit.isEmpty() && !rerunFailed && shard.isEmpty()) {
            return;
        }
        for (TestDescriptor node : List.copyOf(engine.getChildren())) {
            if (node instanceof SuiteDescriptor suite) {
                Set<String> kept = keptCases(suite.suite());
                for (TestDescriptor child : List.copyOf(suite.getChildren())) {
                    if (child instanceof VariantDescriptor variant) {
                        filter(variant, kept);
                    }
                }
            }
        }
    }

    private void filter(VariantDescriptor variant, Set<String> kept) {
        if (variants.isPresent() && !variants.get().contains(variant.variant().id())) {
            variant.removeFromHierarchy();
            return;
        }
        for (TestDescriptor child : List.copyOf(variant.getChildren())) {
            if (child instanceof CaseDescriptor testCase && !kept.contains(testCase.testCase().id())) {
                testCase.removeFromHierarchy();
            }
        }
        if (variant.getChildren().isEmpty()) {
            variant.removeFromHierarchy();
        }
    }

    /** The ids of the suite's cases the case filters keep, in suite order. */
    private Set<String> keptCases(Suite suite) {
        Stream<String> ids = suite.cases().stream().map(c -> c.testCase().id());
        if (shard.isPresent()) {
            ids = shard.get().cases(ids.toList()).stream();
        }
        if (cases.isPresent()) {
            ids = ids.filter(id -> cases.get().matcher(id).matches());
        }
        if (rerunFailed) {
            Optional<Set<String>> failed = failedInLatestFullRun(suite);
            if (failed.isPresent()) {
                ids = ids.filter(failed.get()::contains);
            }
        }
        return ids.limit(limit.orElse(Integer.MAX_VALUE)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The cases that failed under some variant in the suite's latest full run, if it has one. */
    private Optional<Set<String>> failedInLatestFullRun(Suite suite) {
        try {
            Optional<Path> latest = files.latest(output.resolve(suite.id()));
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            RunSummary summary = files.readSummary(latest.get());
            return Optional.of(summary.variants().stream().flatMap(v -> v.cases().stream())
                    .filter(c -> !c.passed()).map(CaseSummary::caseId).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the latest run of suite '" + suite.id() + "' under "
                    + output + " for " + Constants.FILTER_RERUN + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** One pattern matching any of the comma-separated globs. */
    private static Pattern globs(String value) {
        List<String> alternatives = new ArrayList<>();
        for (String glob : list(value)) {
            StringBuilder regex = new StringBuilder();
            for (char c : glob.toCharArray()) {
                regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
            alternatives.add(regex.toString());
        }
        return Pattern.compile(String.join("|", alternatives));
    }
}

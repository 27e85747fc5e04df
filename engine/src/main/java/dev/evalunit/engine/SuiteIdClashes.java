package dev.evalunit.engine;

import dev.evalunit.engine.suite.Problem;
import dev.evalunit.engine.suite.SuiteLoad;
import org.junit.platform.engine.TestDescriptor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A suite id names the run's output directory, so two suites of one run may not share it. Once discovery has
 * found every suite, each suite of a clash fails naming the others: which one discovery reached first says
 * nothing about which one is right.
 */
final class SuiteIdClashes {

    private SuiteIdClashes() {
    }

    static void fail(EvalUnitEngineDescriptor engine) {
        Map<String, List<SuiteDescriptor>> byId = engine.getChildren().stream()
                .filter(SuiteDescriptor.class::isInstance).map(SuiteDescriptor.class::cast)
                .collect(Collectors.groupingBy(suite -> suite.suite().id(), LinkedHashMap::new, Collectors.toList()));
        byId.forEach((id, suites) -> {
            if (suites.size() < 2) {
                return;
            }
            for (SuiteDescriptor suite : suites) {
                String others = suites.stream().filter(other -> other != suite)
                        .map(other -> Problem.of(other.suite().source(), "").where()).collect(Collectors.joining(", "));
                Problem clash = Problem.of(suite.suite().source(), "suite id '" + id + "' is also used by " + others
                        + "; suite ids name the output directory and must be unique");
                replace(engine, suite, new InvalidSuiteDescriptor(suite.getUniqueId(), new SuiteLoad(
                        suite.suite().key(), suite.getDisplayName(), clash.source(), Optional.empty(), List.of(clash))));
            }
        });
    }

    private static void replace(TestDescriptor parent, TestDescriptor old, TestDescriptor replacement) {
        parent.removeChild(old);
        parent.addChild(replacement);
    }
}

package dev.evalunit.bucketing.bandit;

import dev.evalunit.bucketing.ExperimentDefinition;
import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.VariantConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ThompsonBanditTest {

    private static final Map<String, Double> TRUE_RATES = Map.of("control", 0.05, "concise", 0.08, "structured", 0.12);

    private static Map<String, Integer> simulate(ThompsonBandit bandit, SplittableRandom world, int requests, int from) {
        Map<String, Integer> chosen = new HashMap<>();
        for (int i = 0; i < requests; i++) {
            String arm = bandit.choose();
            bandit.record(arm, world.nextDouble() < TRUE_RATES.get(arm));
            if (i >= from) {
                chosen.merge(arm, 1, Integer::sum);
            }
        }
        return chosen;
    }

    @Test
    void convergesToTheBestArmInASeededSimulationWhileKeepingTheFloor() {
        ExperimentDefinition experiment = ExperimentDefinition.builder("exp_prompts")
                .variant("control", 1, VariantConfig.of("openai:gpt-4o-mini"))
                .variant("concise", 1, VariantConfig.of("openai:gpt-4o-mini").withSystemPrompt("Be concise."))
                .variant("structured", 1, VariantConfig.of("openai:gpt-4o-mini").withSystemPrompt("Answer, details, next steps."))
                .build();
        ThompsonBandit bandit = ThompsonBandit.over(experiment, 0.02, new SplittableRandom(42));
        Map<String, Integer> late = simulate(bandit, new SplittableRandom(7), 20_000, 15_000);

        assertThat(late.get("structured") / 5000.0).isGreaterThan(0.85);
        assertThat(late.getOrDefault("control", 0) / 5000.0).isGreaterThan(0.01);
        Map<String, Double> shares = bandit.shares(4000);
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(shares.get("structured")).isGreaterThan(0.9);
        assertThat(shares.get("control")).isGreaterThanOrEqualTo(0.02);
    }

    @Test
    void theSameSeedsReplayTheSameAllocation() {
        Map<String, Integer> a = simulate(new ThompsonBandit(List.of("control", "concise", "structured"), 0.02,
                new SplittableRandom(1)), new SplittableRandom(2), 3000, 0);
        Map<String, Integer> b = simulate(new ThompsonBandit(List.of("control", "concise", "structured"), 0.02,
                new SplittableRandom(1)), new SplittableRandom(2), 3000, 0);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new ThompsonBandit(List.of("a", "b", "c"), 0.4, new SplittableRandom(1)))
                .isInstanceOf(InvalidConfigException.class).hasMessage("field 'floor' must be in [0, 1/3], was 0.4");
        assertThatThrownBy(() -> new ThompsonBandit(List.of("a", "a"), 0.1, new SplittableRandom(1)))
                .hasMessage("field 'variantIds[1]' duplicates 'a'");
        assertThatThrownBy(() -> new ThompsonBandit(List.of("a", "b"), 0.1, new SplittableRandom(1)).record("c", true))
                .hasMessage("no arm 'c'; arms are [a, b]");
    }
}

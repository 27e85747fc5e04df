package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.VariantConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StableBucketingTest {

    private static final int USERS = 100_000;

    private static ExperimentDefinition threeArms(double target) {
        return ExperimentDefinition.builder("exp_three").targetPercent(target)
                .variant("control", 50, VariantConfig.of("openai:gpt-4o"))
                .variant("b", 30, VariantConfig.of("openai:gpt-4o-mini"))
                .variant("c", 20, VariantConfig.of("anthropic:claude-3-5-haiku-latest"))
                .build();
    }

    @Test
    void armSharesAreWithinOnePercentOfTheWeightsOverHundredThousandUsers() {
        Bucketer bucketer = Bucketer.of(threeArms(100));
        int[] counts = new int[3];
        for (int u = 0; u < USERS; u++) {
            counts[bucketer.variantIndex("user-" + u, 100)]++;
        }
        assertThat(counts[0] / (double) USERS).isCloseTo(0.50, within(0.01));
        assertThat(counts[1] / (double) USERS).isCloseTo(0.30, within(0.01));
        assertThat(counts[2] / (double) USERS).isCloseTo(0.20, within(0.01));
    }

    @Test
    void raisingTheTrafficOnlyAddsUsersAndNeverMovesAnyoneBetweenArms() {
        Bucketer bucketer = Bucketer.of(threeArms(10));
        int before = 0;
        int after = 0;
        for (int u = 0; u < USERS; u++) {
            String user = "user-" + u;
            int at10 = bucketer.variantIndex(user, 10);
            int at50 = bucketer.variantIndex(user, 50);
            if (at10 >= 0) {
                before++;
                assertThat(at50).as(user).isEqualTo(at10);
            }
            if (at50 >= 0) {
                after++;
            }
        }
        assertThat(before / (double) USERS).isCloseTo(0.10, within(0.01));
        assertThat(after / (double) USERS).isCloseTo(0.50, within(0.01));
    }

    @Test
    void trafficAndSplitAreIndependent() {
        // among the 10% in traffic the split still follows the weights
        Bucketer bucketer = Bucketer.of(threeArms(10));
        int in = 0;
        int control = 0;
        for (int u = 0; u < USERS; u++) {
            int index = bucketer.variantIndex("user-" + u, 10);
            if (index >= 0) {
                in++;
                control += index == 0 ? 1 : 0;
            }
        }
        assertThat(control / (double) in).isCloseTo(0.50, within(0.02));
    }

    @Test
    void theHoldbackIsTheSameUsersForEveryExperimentSharingItsSalt() {
        ExperimentDefinition a = ExperimentDefinition.builder("a").holdback(Holdback.of(5))
                .variant("control", 1, VariantConfig.of("p:m")).build();
        ExperimentDefinition b = ExperimentDefinition.builder("b").mode(BucketingMode.SEED_COMPATIBLE).holdback(Holdback.of(5))
                .variant("x", 1, VariantConfig.of("p:m")).variant("y", 1, VariantConfig.of("p:m")).build();
        int held = 0;
        for (int u = 0; u < USERS; u++) {
            String user = "user-" + u;
            boolean inA = Bucketer.of(a).variantIndex(user, 100) == Bucketer.HOLDBACK;
            assertThat(Bucketer.of(b).variantIndex(user, 100) == Bucketer.HOLDBACK).isEqualTo(inA);
            held += inA ? 1 : 0;
        }
        assertThat(held / (double) USERS).isCloseTo(0.05, within(0.005));
    }

    @Test
    void aNewSaltReshufflesTheSplit() {
        Bucketer phase1 = Bucketer.of(threeArms(100));
        Bucketer phase2 = Bucketer.of(threeArms(100).nextPhase("exp_three-phase2"));
        int moved = 0;
        for (int u = 0; u < 10_000; u++) {
            moved += phase1.variantIndex("user-" + u, 100) != phase2.variantIndex("user-" + u, 100) ? 1 : 0;
        }
        // independent splits with shares .5/.3/.2 disagree with probability 1 - (.25 + .09 + .04) = .62
        assertThat(moved / 10_000.0).isCloseTo(0.62, within(0.03));
    }

    @Test
    void allocationRampMovesBucketsOnlyTowardsTheWinnerAndKeepsTheOthersProportional() {
        Allocation base = Allocation.fromWeights(new double[] {50, 25, 25});
        assertThat(base.counts()).containsExactly(5000, 2500, 2500);
        Allocation previous = base;
        for (double percent : new double[] {60, 75, 95, 100}) {
            Allocation ramped = base.rampedTo(1, percent);
            for (int bucket = 0; bucket < StableBucketer.BUCKETS; bucket++) {
                if (previous.variantAt(bucket) == 1) {
                    assertThat(ramped.variantAt(bucket)).as("bucket %d at %s%%", bucket, percent).isEqualTo(1);
                } else {
                    assertThat(ramped.variantAt(bucket)).isIn(1, previous.variantAt(bucket));
                }
            }
            int[] counts = ramped.counts();
            assertThat(counts[1]).isBetween((int) (percent * 100), (int) (percent * 100) + 2);
            assertThat(Math.abs(counts[0] - 2 * counts[2])).isLessThanOrEqualTo(2);
            previous = ramped;
        }
        assertThat(base.rampedTo(1, 100).counts()).containsExactly(0, 10_000, 0);
        assertThat(base.rampedTo(0, 40)).isSameAs(base);
    }

    @Test
    void largestRemainderGivesExactSharesForAwkwardWeights() {
        assertThat(Allocation.fromWeights(new double[] {1, 1, 1}).counts()).containsExactly(3334, 3333, 3333);
        assertThat(Allocation.fromWeights(new double[] {0.1, 0.2, 0.7}).counts()).containsExactly(1000, 2000, 7000);
        assertThat(Allocation.fromWeights(new double[] {1e-9, 1}).counts()).containsExactly(0, 10_000);
    }
}

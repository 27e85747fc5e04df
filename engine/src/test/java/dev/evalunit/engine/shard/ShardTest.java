package dev.evalunit.engine.shard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTest {

    private static final List<String> CASES = IntStream.rangeClosed(1, 103).mapToObj(i -> "case-" + i).toList();

    @Test
    void theShardsDealEveryCaseOnceAndDifferInSizeByAtMostOne() {
        Set<String> dealt = new HashSet<>();
        for (int i = 1; i <= 4; i++) {
            Set<String> shard = new Shard(i, 4).cases(CASES);
            assertThat(shard.size()).isBetween(25, 26);
            assertThat(shard).allSatisfy(id -> assertThat(dealt.add(id)).as(id + " in one shard").isTrue());
        }
        assertThat(dealt).hasSize(CASES.size());
    }

    @Test
    void theDealDependsOnTheCaseIdsNotTheirOrder() {
        List<String> shuffled = new ArrayList<>(CASES);
        Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(new Shard(3, 4).cases(shuffled)).containsExactlyInAnyOrderElementsOf(new Shard(3, 4).cases(CASES));
        assertThat(new Shard(3, 4).cases(CASES)).as("kept in suite order")
                .containsExactlyElementsOf(CASES.stream().filter(new Shard(3, 4).cases(CASES)::contains).toList());
        assertThat(new Shard(1, 1).cases(CASES)).containsExactlyElementsOf(CASES);
    }

    @Test
    void aShardIsWrittenIOverN() {
        assertThat(Shard.parse("evalunit.shard", " 2 / 4 ")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse("evalunit.shard", "2/4")).hasToString("2/4");
        assertThatThrownBy(() -> Shard.parse("evalunit.shard", "2of4"))
                .hasMessage("evalunit.shard=2of4 is not a shard: write <i>/<n>, e.g. 2/4 for the second of four shards");
        assertThatThrownBy(() -> Shard.parse("evalunit.shard", "0/4"))
                .hasMessage("evalunit.shard=0/4: shard 0/4 does not exist: the index runs from 1 to the number of"
                        + " shards, e.g. 1/4 to 4/4");
        assertThatThrownBy(() -> Shard.parse("evalunit.shard", "5/4")).hasMessageContaining("shard 5/4 does not exist");
    }
}

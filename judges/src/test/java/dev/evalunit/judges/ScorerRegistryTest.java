package dev.evalunit.judges;

import dev.evalunit.api.spi.ScorerProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class ScorerRegistryTest {

    @Test
    void everyScorerIsFoundByNameExactlyOnce() {
        List<String> names = ServiceLoader.load(ScorerProvider.class).stream()
                .map(provider -> provider.get().name()).toList();
        assertThat(names).doesNotHaveDuplicates().contains("equals", "contains", "contains-any", "contains-all",
                "starts-with", "regex", "is-json", "json-schema", "length", "levenshtein", "edit-similarity",
                "rouge-l", "label-match", "latency", "cost", "tokens", "embedding-similarity", "rubric-judge", "g-eval",
                "correctness-judge");
    }
}

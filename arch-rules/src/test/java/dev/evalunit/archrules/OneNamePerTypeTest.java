package dev.evalunit.archrules;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** No simple type name is declared twice across the project's modules (see {@link TypeNames} for what counts). */
class OneNamePerTypeTest {

    /** The reactor root: this module's tests run in {@code arch-rules}. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    /**
     * Clashes whose renames are under way: the reports module's presentation model ({@code Decision},
     * {@code GateResult}, {@code Verdict}) and the single direction type ({@code Direction}). The list only
     * shrinks: an entry that no longer clashes fails {@link #everyPendingClashStillExists}, so it is removed
     * with its rename.
     */
    private static final Set<String> PENDING = Set.of("Decision", "GateResult", "Verdict", "Direction");

    /** Parsing every module's sources takes seconds: once for both checks. */
    private static final Map<String, List<TypeNames.DeclaredType>> CLASHES = TypeNames.clashes(PROJECT);

    @Test
    void everyTypeNameIsDeclaredOnce() {
        Map<String, List<TypeNames.DeclaredType>> clashes = new TreeMap<>(CLASHES);
        clashes.keySet().removeAll(PENDING);

        assertThat(clashes).withFailMessage(() -> TypeNames.describe(clashes, PROJECT)).isEmpty();
    }

    @Test
    void everyPendingClashStillExists() {
        assertThat(CLASHES.keySet())
                .as("names listed as pending clashes that no longer clash: remove them from PENDING")
                .containsAll(PENDING);
    }
}

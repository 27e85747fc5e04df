package dev.evalunit.archrules;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No simple type name is declared twice across the project's modules (see {@link TypeNames} for what counts). */
class OneNamePerTypeTest {

    /** The reactor root: this module's tests run in {@code arch-rules}. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyTypeNameIsDeclaredOnce() {
        Map<String, List<TypeNames.DeclaredType>> clashes = TypeNames.clashes(PROJECT);

        assertThat(clashes).withFailMessage(() -> TypeNames.describe(clashes, PROJECT)).isEmpty();
    }
}

package dev.evalunit.archrules;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which declarations {@link TypeNames} counts as clashing, on the fixture modules under {@code type-names}. */
class TypeNamesTest {

    private static final Path FIXTURE = Path.of("src", "test", "resources", "type-names").toAbsolutePath();

    @Test
    void findsTopLevelNamesAcrossModulesAndPublicNestedTypesNamedLikeThem() {
        Map<String, List<TypeNames.DeclaredType>> clashes = TypeNames.clashes(FIXTURE);

        assertThat(clashes).containsOnlyKeys("Summary", "Noise");
        assertThat(clashes.get("Summary")).extracting(TypeNames.DeclaredType::qualifiedName)
                .containsExactly("ex.a.Summary", "ex.b.Summary");
        // an interface's member is public without the keyword
        assertThat(clashes.get("Noise")).extracting(TypeNames.DeclaredType::qualifiedName)
                .containsExactlyInAnyOrder("ex.b.Outcome.Noise", "ex.c.Noise");
    }

    @Test
    void nestedTypesSharingANameOnlyWithEachOtherOrHiddenOnesDoNotClash() {
        // Summary.Failed and Outcome.Failed are read through their owners; the Hidden ones are not visible.
        assertThat(TypeNames.clashes(FIXTURE)).doesNotContainKeys("Failed", "Hidden");
    }

    @Test
    void theMessageNamesEveryDeclarationAndItsFile() {
        String message = TypeNames.describe(TypeNames.clashes(FIXTURE), FIXTURE);

        assertThat(message).startsWith("2 type name(s) declared more than once:")
                .contains("ex.b.Outcome.Noise (nested)  beta/src/main/java/ex/b/Outcome.java".replace('/', java.io.File.separatorChar))
                .contains("ex.a.Summary  alpha/src/main/java/ex/a/Summary.java".replace('/', java.io.File.separatorChar));
    }
}

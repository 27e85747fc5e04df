package dev.evalunit.archrules;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules catch each kind of violation in the fixture packages, and pass clean ones. */
class ApiBoundaryTest {

    private static final Path FIXTURES = Path.of("target", "test-classes", "dev", "evalunit", "archrules", "fixture");

    @Test
    void aPublicTypeWithoutApiStatusFails() {
        assertThatThrownBy(() -> ApiBoundary.module().check(FIXTURES.resolve("api")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.api.Unmarked")
                .hasMessageContaining("be annotated with @API");
    }

    @Test
    void anApiPackageUsingAnInternalPackageFails() {
        assertThatThrownBy(() -> ApiBoundary.module().api("..fixture.api..").internal("..fixture.internal..")
                .check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unmarked.hidden()")
                .hasMessageContaining("fixture.internal.Hidden");
    }

    @Test
    void aPackageCycleFails() {
        assertThatThrownBy(() -> ApiBoundary.module().check(FIXTURES.resolve("cycle")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void aWiringClassMayCloseTheCycle() {
        assertThatCode(() -> ApiBoundary.module().wiring("dev.evalunit.archrules.fixture.cycle.b.Right")
                .check(FIXTURES.resolve("cycle"))).doesNotThrowAnyException();
    }

    @Test
    void cleanClassesPass() {
        assertThatCode(() -> ApiBoundary.module().api("..fixture.clean.api..").check(FIXTURES.resolve("clean")))
                .doesNotThrowAnyException();
    }

    @Test
    void theModulesOwnClassesPass() {
        ApiBoundary.module().check();
    }
}

package dev.evalunit.engine;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An older JUnit Platform gets one line naming what the engine needs, what is present and what to pin. */
class PlatformVersionTest {

    @Test
    void theSpringBoot3LineIsNamedWithWhatToPin() {
        assertThat(PlatformVersion.problem(Optional.of("1.12.2"))).hasValueSatisfying(line -> assertThat(line)
                .contains("needs JUnit Platform 6.0 or later").contains("has JUnit Platform 1.12.2")
                .contains("junit-jupiter.version").doesNotContain("\n"));
    }

    @Test
    void junit6AndUnknownVersionsPass() {
        assertThat(PlatformVersion.problem(Optional.of("6.1.3"))).isEmpty();
        assertThat(PlatformVersion.problem(Optional.of("7.0.0-M1"))).isEmpty();
        assertThat(PlatformVersion.problem(Optional.empty())).isEmpty();
    }
}

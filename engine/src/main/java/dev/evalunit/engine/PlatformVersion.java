package dev.evalunit.engine;

import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.TestEngine;

import java.util.Optional;

/**
 * The engine is built on JUnit Platform 6. On an older platform (Spring Boot 3.x manages JUnit 5.x, whose
 * platform is 1.x) discovery would die in a linkage error that only Surefire's dump files show, so the engine
 * first checks the version and says in one console line what it needs, what it found and what to pin.
 */
final class PlatformVersion {

    /** The oldest JUnit Platform major version the engine runs on. */
    static final int REQUIRED_MAJOR = 6;

    private PlatformVersion() {
    }

    /** Fails discovery, after printing why, when the JUnit Platform on the classpath is too old. */
    static void require() {
        problem(Optional.ofNullable(TestEngine.class.getPackage().getImplementationVersion())).ifPresent(message -> {
            System.err.println(message);
            throw new JUnitException(message);
        });
    }

    /** What is wrong with a platform version, if anything; an unknown version (a repackaged jar) is let through. */
    static Optional<String> problem(Optional<String> present) {
        return present.filter(version -> major(version) < REQUIRED_MAJOR).map(version ->
                "[EvalUnit] needs JUnit Platform " + REQUIRED_MAJOR + ".0 or later (JUnit " + REQUIRED_MAJOR
                        + "), but the test classpath has JUnit Platform " + version + ": import org.junit:junit-bom:"
                        + REQUIRED_MAJOR + ".x (or dev.evalunit:evalunit-bom) before other BOMs; with Spring Boot 3.x"
                        + " set the property junit-jupiter.version to a " + REQUIRED_MAJOR + ".x version");
    }

    private static int major(String version) {
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return REQUIRED_MAJOR;
        }
    }
}

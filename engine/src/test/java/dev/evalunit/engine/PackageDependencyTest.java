package dev.evalunit.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's sub-packages never use the top-level engine package (whose classes use them), so no package cycle
 * runs through it; a configuration key a sub-package reads is declared there and {@link Constants} refers to it.
 */
class PackageDependencyTest {

    private static final Path ENGINE = Path.of("src/main/java/dev/evalunit/engine");
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "^import (static )?dev\\.evalunit\\.engine\\.[A-Z]|\\bConstants\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void noSubPackageUsesTheTopLevelEnginePackage() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(ENGINE)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getParent().equals(ENGINE))
                    .filter(PackageDependencyTest::usesTopLevel)
                    .map(file -> ENGINE.relativize(file).toString()).sorted().toList();
        }
        assertThat(offenders).as("sub-package sources that use dev.evalunit.engine").isEmpty();
    }

    @Test
    void theScannedTreeHoldsTheSubPackages() {
        assertThat(ENGINE.resolve("scheduler/Scheduler.java")).isRegularFile();
        assertThat(ENGINE.resolve("cache/ResponseCache.java")).isRegularFile();
        assertThat(ENGINE.resolve("provider/Settings.java")).isRegularFile();
    }

    private static boolean usesTopLevel(Path file) {
        try {
            return TOP_LEVEL_TYPE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

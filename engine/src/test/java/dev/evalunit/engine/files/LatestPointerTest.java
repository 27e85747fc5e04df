package dev.evalunit.engine.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code latest} is a path one can go through, as a link or, where links are refused, as a copy. */
class LatestPointerTest {

    @TempDir
    Path suite;

    @Test
    void aLinkLeadsIntoTheRunAndMovesToTheNextRun() throws IOException {
        run("run-1", "one");
        run("run-2", "two");

        LatestPointer.linking().mark(suite, "run-1");
        LatestPointer.linking().mark(suite, "run-2");

        assertThat(Files.isSymbolicLink(suite.resolve("latest"))).isTrue();
        assertThat(Files.readString(suite.resolve("latest/winner.json"))).isEqualTo("two");
        assertThat(LatestPointer.read(suite)).contains(suite.resolve("run-2"));
    }

    @Test
    void theCopyFallbackHoldsTheRunsFilesAndNamesTheRun() throws IOException {
        run("run-1", "one");
        run("run-2", "two");
        Files.createDirectories(suite.resolve("run-2/nested")).resolve("x.txt").toFile().createNewFile();

        LatestPointer.copying().mark(suite, "run-1");
        LatestPointer.copying().mark(suite, "run-2");

        assertThat(Files.isSymbolicLink(suite.resolve("latest"))).isFalse();
        assertThat(Files.readString(suite.resolve("latest/winner.json"))).isEqualTo("two");
        assertThat(suite.resolve("latest/nested/x.txt")).exists();
        assertThat(LatestPointer.read(suite)).contains(suite.resolve("run-2"));
        LatestPointer.linking().mark(suite, "run-1");
        assertThat(LatestPointer.read(suite)).contains(suite.resolve("run-1"));
    }

    @Test
    void theTextFileOfOlderRunsIsStillReadAndNothingMarkedReadsAsEmpty() throws IOException {
        assertThat(LatestPointer.read(suite)).isEmpty();

        Files.writeString(suite.resolve("latest"), "run-0\n", StandardCharsets.UTF_8);

        assertThat(LatestPointer.read(suite)).contains(suite.resolve("run-0"));
    }

    private void run(String id, String winner) throws IOException {
        Files.writeString(Files.createDirectories(suite.resolve(id)).resolve("winner.json"), winner);
    }
}

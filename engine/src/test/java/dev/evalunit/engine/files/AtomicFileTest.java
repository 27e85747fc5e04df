package dev.evalunit.engine.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {

    @TempDir
    Path directory;

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = directory.resolve("summary.json");
        Files.writeString(target, "old");

        AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new");
        assertThat(files(directory)).containsExactly("summary.json");
    }

    @Test
    void aFailedWriteKeepsTheOldContentAndDeletesItsTemporaryFile() throws IOException {
        Path target = directory.resolve("report.html");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("template failed");
        })).hasMessage("template failed");

        assertThat(target).hasContent("old");
        assertThat(files(directory)).containsExactly("report.html");
    }

    @Test
    void writesThroughAnotherDirectoryWhenAsked() throws IOException {
        Path work = Files.createDirectory(directory.resolve(".work"));
        Path target = directory.resolve("ab.json");

        AtomicFile.write(target, work, out -> out.write('x'));

        assertThat(target).hasContent("x");
        assertThat(files(work)).isEmpty();
    }

    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

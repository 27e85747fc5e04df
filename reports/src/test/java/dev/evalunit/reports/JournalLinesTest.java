package dev.evalunit.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A journal still being written may end in a cut line, which a scan of a run in progress leaves out. */
class JournalLinesTest {

    @TempDir
    Path directory;

    private List<String> scan(boolean lastUnterminated) throws IOException {
        Path file = directory.resolve("results.jsonl");
        Files.writeString(file, "{\"a\":1}\n\n{\"b\":2}\n{\"c\":", StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        JournalLines.scan(file, lastUnterminated, (number, offset, length, text) -> lines.add(number + " " + text));
        return lines;
    }

    @Test
    void aFinishedJournalKeepsItsLastLineWithoutABreak() throws IOException {
        assertThat(scan(true)).containsExactly("1 {\"a\":1}", "3 {\"b\":2}", "4 {\"c\":");
    }

    @Test
    void aJournalInProgressLeavesOutItsUnterminatedLastLine() throws IOException {
        assertThat(scan(false)).containsExactly("1 {\"a\":1}", "3 {\"b\":2}");
    }
}

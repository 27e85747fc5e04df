package dev.evalunit.engine;

import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.engine.suite.SuiteCase;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The run's {@code cases.jsonl}: each case's fields once, written when the case is first reported, so the
 * file streams with the run and holds every case exactly once however many variants and repeats run it.
 */
final class CaseJournal implements AutoCloseable {

    private final BufferedWriter writer;
    private final RunFiles files;
    private final SecretMask mask;
    private final Set<String> written = new HashSet<>();

    /**
     * @param written the cases an interrupted run this one continues already wrote (none for a new run)
     */
    CaseJournal(Path runDirectory, RunFiles files, SecretMask mask, Set<String> written) throws IOException {
        this.files = files;
        this.mask = mask;
        this.written.addAll(written);
        this.writer = Files.newBufferedWriter(runDirectory.resolve(RunFiles.CASES), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Writes the case unless an earlier variant already did. */
    synchronized void write(SuiteCase testCase) {
        if (!written.add(testCase.id())) {
            return;
        }
        try {
            writer.write(mask.apply(files.toLine(CaseRecord.of(testCase.testCase()))));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cases.jsonl: " + e.getMessage(), e);
        }
    }

    /** Pushes what was written to the file, so a reader during the run sees whole lines. */
    synchronized void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cases.jsonl: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}

package dev.evalunit.engine;

import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The run's {@code results.jsonl}: one line per scored sample, written and flushed as soon as the sample
 * is scored, from whichever thread scored it, so a killed run keeps every sample that finished.
 */
final class RunJournal implements AutoCloseable {

    private final BufferedWriter writer;
    private final RunFiles files;
    private final SecretMask mask;

    /**
     * @param resumed whether to append to the journal of an interrupted run instead of starting a new one
     */
    RunJournal(Path runDirectory, RunFiles files, SecretMask mask, boolean resumed) throws IOException {
        this.files = files;
        this.mask = mask;
        this.writer = Files.newBufferedWriter(runDirectory.resolve(RunFiles.RESULTS), StandardCharsets.UTF_8,
                resumed ? StandardOpenOption.APPEND : StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    void write(SampleRecord record) {
        String line = mask.apply(files.toLine(record));
        synchronized (writer) {
            try {
                writer.write(line);
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write results.jsonl: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (writer) {
            writer.close();
        }
    }
}

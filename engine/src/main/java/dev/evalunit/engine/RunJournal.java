package dev.evalunit.engine;

import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The run's {@code results.jsonl}: one line per scored sample, written and flushed as soon as the sample
 * is scored, from whichever thread scored it, so a killed run keeps every sample that finished.
 */
final class RunJournal implements AutoCloseable {

    private static final byte[] LINE_END = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;
    private final RunFiles files;
    private final SecretMask mask;

    /**
     * @param resumed whether to append to the journal of an interrupted run instead of starting a new one
     */
    RunJournal(Path runDirectory, RunFiles files, SecretMask mask, boolean resumed) throws IOException {
        this.files = files;
        this.mask = mask;
        this.out = Files.newOutputStream(runDirectory.resolve(RunFiles.RESULTS),
                resumed ? StandardOpenOption.APPEND : StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Writes the sample's line with one write to the file (no buffer in between to flush). */
    void write(SampleRecord record) {
        byte[] text = mask.apply(files.toLine(record)).getBytes(StandardCharsets.UTF_8);
        byte[] line = Arrays.copyOf(text, text.length + LINE_END.length);
        System.arraycopy(LINE_END, 0, line, text.length, LINE_END.length);
        synchronized (out) {
            try {
                out.write(line);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write results.jsonl: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}

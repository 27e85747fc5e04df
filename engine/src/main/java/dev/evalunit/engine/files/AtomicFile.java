package dev.evalunit.engine.files;

import org.apiguardian.api.API;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Writes a file so that a reader (another run, the report server, a browser) sees either the old content or
 * the new, never half a file: the content goes to a temporary file of its own, which then replaces the target
 * by an atomic move, or by a plain replacing move where the file system cannot move atomically. A failed
 * write leaves the target as it was and deletes its temporary file.
 */
@API(status = INTERNAL, since = "0.1")
public final class AtomicFile {

    /** Writes the content to a stream; the stream is closed afterwards. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} through a temporary file in its own directory. */
    public static void write(Path target, Content content) throws IOException {
        write(target, target.toAbsolutePath().getParent(), content);
    }

    /** Writes {@code target} whole from bytes, through a temporary file in its own directory. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} through a temporary file in {@code temporaryDirectory}, which must be on the
     * target's file system (a directory whose left-over {@code *.tmp} files are swept, for example).
     */
    public static void write(Path target, Path temporaryDirectory, Content content) throws IOException {
        // a unique temporary name, so that concurrent writers of one target never share a temporary file
        Path temporary = Files.createTempFile(temporaryDirectory, target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            move(temporary, target);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package dev.evalunit.engine.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The random salt of one cache directory ({@code <dir>/salt}), created once by whichever run comes first. It is
 * written whole to a temporary file and hard-linked into place, so two runs creating it at once agree on one
 * salt and nobody reads a partial one.
 */
final class CacheSalt {

    static final String FILE = "salt";
    private static final int BYTES = 32;

    private CacheSalt() {
    }

    static byte[] load(Path directory, Path work) {
        Path file = directory.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file, work);
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (!text.matches("[0-9a-f]{" + 2 * BYTES + "}")) {
                throw new IOException("not " + 2 * BYTES + " hex digits; delete it to start the cache afresh");
            }
            return HexFormat.of().parseHex(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the response cache salt " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file, Path work) throws IOException {
        byte[] salt = new byte[BYTES];
        new SecureRandom().nextBytes(salt);
        Files.createDirectories(work);
        Path temporary = Files.createTempFile(work, FILE + ".", ".tmp");
        try {
            Files.writeString(temporary, HexFormat.of().formatHex(salt) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException anotherRunWasFirst) {
            // theirs is the salt
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

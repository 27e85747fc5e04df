package dev.evalunit.engine.cache;

import dev.evalunit.api.ModelRequest;
import dev.evalunit.api.ModelResponse;
import dev.evalunit.engine.Constants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A content-addressed response cache on disk: one JSON file per {@link ModelRequest#fingerprint()} (provider,
 * model, every sampling parameter, the full messages and the repeat index), under
 * {@code <dir>/<first two hex digits>/<fingerprint>.json}.
 *
 * <p>Entries are written to a temporary file in the same directory and moved into place atomically, so a
 * reader - this run or another run sharing the directory - sees a whole entry or none, and two runs that
 * store the same entry both succeed (the last move wins with an equivalent answer). Errors are never stored.
 */
public final class ResponseCache {

    /** Default directory, relative to the working directory (the module directory under Maven). */
    public static final Path DEFAULT_DIRECTORY = Path.of("target", "evalunit", "cache");

    private final Path directory;
    private final CacheMode mode;
    private final CacheEntryCodec codec = new CacheEntryCodec();

    public ResponseCache(Path directory, CacheMode mode) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Reads {@value Constants#CACHE_MODE_PROPERTY_NAME} and {@value Constants#CACHE_DIR_PROPERTY_NAME}. */
    public static ResponseCache read(Function<String, Optional<String>> configuration) {
        CacheMode mode = configuration.apply(Constants.CACHE_MODE_PROPERTY_NAME).map(CacheMode::parse)
                .orElse(CacheMode.READ_WRITE);
        Path directory = configuration.apply(Constants.CACHE_DIR_PROPERTY_NAME).map(String::trim)
                .filter(dir -> !dir.isEmpty()).map(Path::of).orElse(DEFAULT_DIRECTORY);
        return new ResponseCache(directory, mode);
    }

    /**
     * The same cache with its entries kept apart under {@code <dir>/scoped/<hash of scope>}: answers from a
     * stand-in for a provider (the offline simulator, say) are never served as the real provider's, nor the
     * other way round.
     *
     * @param scope who answers, e.g. a provider's note; the same scope finds the same entries across runs
     */
    public ResponseCache scoped(String scope) {
        return new ResponseCache(directory.resolve("scoped").resolve(hash(scope)), mode);
    }

    private static String hash(String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    public CacheMode mode() {
        return mode;
    }

    public Path directory() {
        return directory;
    }

    /**
     * The cached response (marked as a cache hit) when this mode reads and a readable entry exists. An entry
     * that cannot be read counts as a miss, so read-write mode replaces it.
     */
    public Optional<ModelResponse> lookup(ModelRequest request) {
        if (!mode.reads()) {
            return Optional.empty();
        }
        String fingerprint = request.fingerprint();
        try {
            return codec.decode(Files.readAllBytes(entry(fingerprint)), fingerprint);
        } catch (IOException missOrUnreadable) {
            return Optional.empty();
        }
    }

    /**
     * Stores a successful response when this mode writes.
     *
     * @throws UncheckedIOException naming the file when the entry cannot be written
     */
    public void store(ModelRequest request, ModelResponse response) {
        if (!mode.writes()) {
            return;
        }
        String fingerprint = request.fingerprint();
        Path target = entry(fingerprint);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), fingerprint + ".", ".tmp");
            Files.write(temporary, codec.encode(request, fingerprint, response));
            move(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write response cache entry " + target, e);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file is harmless; the write error is what gets reported
            }
        }
    }

    Path entry(String fingerprint) {
        return directory.resolve(fingerprint.substring(0, 2)).resolve(fingerprint + ".json");
    }
}

package dev.evalunit.engine.cache;

import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A response cache on disk: records keyed by {@link CacheKey} (the request's fingerprint and the provider's
 * identity, salted), each with a digest of its content, appended to one segment file per run under
 * {@code <dir>/segments} (see {@link SegmentLog}) and found through an index read at first use.
 *
 * <p>A record is written whole with one write to the end of this run's own segment, so a reader - this run or
 * another run sharing the directory - sees a whole entry or none (a record a killed run left half-written has no
 * newline and is not read), and two runs that store the same entry both succeed (either answer is kept). A run
 * about to fetch an entry {@linkplain #claim claims} it first, so runs sharing the directory fetch it once.
 * Errors are never stored. An entry that does not match its digest is a miss, fetched and stored again.
 */
@API(status = INTERNAL, since = "0.1")
public final class ResponseCache {

    /** Default directory, relative to the working directory (the module directory under Maven). */
    public static final Path DEFAULT_DIRECTORY = Path.of("target", "evalunit", "cache");
    private static final String WORK = ".work";

    private final Path directory;
    private final CacheMode mode;
    private final CacheClaims claims;
    private final SegmentLog log;
    /** Made with the directory's salt at first use. */
    private volatile CacheEntryCodec codec;

    public ResponseCache(Path directory, CacheMode mode) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.claims = new CacheClaims(directory.resolve(WORK));
        this.log = new SegmentLog(directory);
    }

    /** Reads {@value CacheKeys#MODE} and {@value CacheKeys#DIRECTORY}. */
    public static ResponseCache read(Function<String, Optional<String>> configuration) {
        CacheMode mode = configuration.apply(CacheKeys.MODE).map(CacheMode::parse)
                .orElse(CacheMode.READ_WRITE);
        Path directory = configuration.apply(CacheKeys.DIRECTORY).map(String::trim)
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
     * The key a request is cached under.
     *
     * @param providerIdentity what else decides the provider's answers (endpoint, account fingerprint), see
     *                         {@link dev.evalunit.api.spi.ModelProvider#identity}
     * @throws UncheckedIOException naming the file when the directory's salt cannot be read or created
     */
    public CacheKey key(ModelRequest request, Map<String, String> providerIdentity) {
        return CacheKey.of(digests(), request, providerIdentity);
    }

    private Digests digests() {
        return codec().digests();
    }

    private CacheEntryCodec codec() {
        CacheEntryCodec loaded = codec;
        if (loaded == null) {
            synchronized (this) {
                if (codec == null) {
                    codec = new CacheEntryCodec(new Digests(CacheSalt.load(directory, directory.resolve(WORK))));
                }
                loaded = codec;
            }
        }
        return loaded;
    }

    /**
     * The file in which runs sharing this directory keep one rate limit of a provider together:
     * {@code <dir>/.limits/<salted hash of the provider id and identity>.<name>}.
     */
    public Path rateLimitFile(String providerId, Map<String, String> providerIdentity, String name) {
        StringBuilder canonical = new StringBuilder(providerId.length() + 1).append(providerId).append('\n');
        new java.util.TreeMap<>(providerIdentity).forEach((part, value) -> canonical.append(part).append('=')
                .append(value.length()).append(':').append(value).append('\n'));
        return directory.resolve(".limits").resolve(HexFormat.of().formatHex(digests().hmac(
                canonical.toString().getBytes(StandardCharsets.UTF_8)), 0, 16) + "." + name);
    }

    /** {@link #lookup(CacheKey)} of a request to a provider with no further identity. */
    public Optional<ModelResponse> lookup(ModelRequest request) {
        return mode.reads() ? lookup(key(request, Map.of())) : Optional.empty();
    }

    /**
     * The cached response (marked as a cache hit) when this mode reads and an intact entry exists. An entry
     * that cannot be read or does not match its digest counts as a miss, so read-write mode replaces it.
     */
    public Optional<ModelResponse> lookup(CacheKey key) {
        return lookup(key, true);
    }

    /**
     * {@link #lookup(CacheKey)} among the entries this cache has read so far (the whole directory at first use),
     * with no look for entries other runs stored since: for the look before a {@linkplain #claim claim}, whose
     * {@code lookup} after the claim finds those. Where no claim follows a miss, {@code lookup} is the one to use.
     */
    public Optional<ModelResponse> lookupKnown(CacheKey key) {
        return lookup(key, false);
    }

    private Optional<ModelResponse> lookup(CacheKey key, boolean lookAgain) {
        if (!mode.reads()) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> record = lookAgain ? log.read(key.value()) : log.readKnown(key.value());
            return record.flatMap(found -> codec().decode(found, key));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** {@link #store(CacheKey, ModelRequest, ModelResponse)} for a provider with no further identity. */
    public void store(ModelRequest request, ModelResponse response) {
        if (mode.writes()) {
            store(key(request, Map.of()), request, response);
        }
    }

    /**
     * Stores a successful response when this mode writes.
     *
     * @throws UncheckedIOException naming the file when the entry cannot be written
     */
    public void store(CacheKey key, ModelRequest request, ModelResponse response) {
        if (!mode.writes()) {
            return;
        }
        try {
            log.append(key.value(), codec().encode(key, request, response));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write response cache entry " + key + " to "
                    + directory.resolve(SegmentLog.DIRECTORY) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Claims the fetch of an entry for this process: empty while another run (or another scheduler of this
     * JVM) fetches it; that run's entry then appears, or its claim ends and can be taken.
     *
     * @throws UncheckedIOException naming the directory when no claim can be written
     */
    public Optional<CacheClaim> claim(CacheKey key) {
        try {
            return claims.tryClaim(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim response cache entry " + key + " in " + directory, e);
        }
    }

    /** Deletes the half-written temporary files killed runs left in the directory (their claims ended with them). */
    public void sweep() {
        try {
            claims.sweep();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + directory.resolve(WORK) + ": " + e.getMessage(), e);
        }
    }

}

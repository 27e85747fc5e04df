package dev.evalunit.judges.text;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads schemas a {@code $ref} names from the suite's own folder (and below it), and nothing else: a file
 * elsewhere, reached by {@code ../} or a link, stays unread. Other IRIs are left to the loaders after it.
 */
final class SuiteFolderSchemas implements SchemaLoader {

    private final Optional<Path> folder;

    /** @param folder the suite's folder; empty when the suite has none (a class), so no file is read */
    SuiteFolderSchemas(Optional<Path> folder) {
        this.folder = folder.map(SuiteFolderSchemas::real);
    }

    @Override
    public InputStreamSource getSchema(AbsoluteIri iri) {
        String text = iri.toString();
        if (folder.isEmpty() || !text.startsWith("file:")) {
            return null;
        }
        Path file;
        try {
            file = real(Path.of(URI.create(text.replaceFirst("#.*$", ""))));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!file.startsWith(folder.get()) || !Files.isRegularFile(file)) {
            return null;
        }
        return () -> Files.newInputStream(file);
    }

    /** Whether an IRI names a file inside the folder (the only files a schema may load). */
    boolean allows(AbsoluteIri iri) {
        return getSchema(iri) != null;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}

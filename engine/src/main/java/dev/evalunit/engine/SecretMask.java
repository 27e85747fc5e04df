package dev.evalunit.engine;

import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.engine.files.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run's secrets - every value a provider read from the environment (its API key) - and the masking of
 * them, as CI systems mask secrets, in everything the engine writes or prints: answers and errors as they
 * leave the providers, journal lines, {@code summary.json}, {@code winner.json} and console output.
 */
final class SecretMask {

    static final String MASK = "****";
    /** Shorter values are not masked: they would blank out ordinary words. */
    static final int MIN_LENGTH = 6;

    /** Longest first, so a secret containing another is masked whole. */
    private volatile List<String> secrets = List.of();

    /** Adds a value to mask from now on. */
    synchronized void add(String secret) {
        if (secret != null && secret.strip().length() >= MIN_LENGTH && !secrets.contains(secret.strip())) {
            secrets = Stream.concat(secrets.stream(), Stream.of(secret.strip()))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    /** The text with every secret replaced by {@value #MASK}. */
    String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /**
     * Masks a file the engine wrote, in place (through a temporary file, so readers see old or new).
     *
     * @return whether anything was masked
     */
    boolean applyTo(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String masked = apply(text);
        if (!masked.equals(text)) {
            AtomicFile.write(file, masked.getBytes(StandardCharsets.UTF_8));
            return true;
        }
        return false;
    }

    /** The context, with every environment value a provider reads through it added to the secrets. */
    ProviderContext watching(ProviderContext context) {
        return new EnvironmentView(context, name -> {
            Optional<String> value = context.environment(name);
            value.ifPresent(this::add);
            return value;
        });
    }
}

package dev.evalunit.reports.model;

import dev.evalunit.api.run.ErrorKind;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;

/**
 * The error samples of one kind from one provider.
 *
 * @param kind     the failure kind
 * @param provider the provider the failed calls went to (the part of the variant's model before {@code :})
 * @param samples  how many samples failed so
 * @param variants the variants with such failures, in the order they first failed
 * @param example  the message of the first such sample
 */
@API(status = INTERNAL, since = "0.1")
public record ErrorGroup(ErrorKind kind, String provider, long samples, List<String> variants, String example) {

    public ErrorGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provider, "provider");
        variants = List.copyOf(variants);
        Objects.requireNonNull(example, "example");
    }
}

package dev.evalunit.api;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One row of a suite's dataset: a stable id, its fields (from JSONL, CSV, YAML or inline cases) and an
 * optional cluster key for clustered standard errors (cases that share a source document or template).
 *
 * @param id      stable id, unique within the suite; used in unique IDs and the run journal
 * @param fields  the case's fields in dataset order; values are strings, numbers, booleans, lists or maps
 * @param cluster the cluster this case belongs to, if the suite declares a cluster field
 */
@API(status = STABLE, since = "0.1")
public record Case(String id, Map<String, Object> fields, Optional<String> cluster) {

    public Case {
        Objects.requireNonNull(id, "id");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
        Objects.requireNonNull(cluster, "cluster");
    }

    /** A case with no cluster key. */
    public static Case of(String id, Map<String, Object> fields) {
        return new Case(id, fields, Optional.empty());
    }

    /** A case in a cluster: cases of one cluster (one conversation, one document) are resampled together. */
    public static Case inCluster(String id, Map<String, Object> fields, String cluster) {
        return new Case(id, fields, Optional.of(cluster));
    }

    /** The raw value of a field, if the case has it. */
    public Optional<Object> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The value of a field as text ({@link String#valueOf(Object)} for non-strings), if the case has it. */
    public Optional<String> text(String name) {
        return field(name).map(String::valueOf);
    }
}

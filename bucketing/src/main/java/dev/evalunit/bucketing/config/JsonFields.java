package dev.evalunit.bucketing.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apiguardian.api.API;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Strict reading of one JSON object: every accessor names the field's full path on error, and
 * {@link #rejectUnknown()} refuses fields nobody read, so a typo never silently falls back to a default.
 * Shared by the experiment-definition and winner-file readers.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The root object of a JSON document; syntax errors name the line and column. */
    public static JsonFields parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw InvalidConfigException.atPath("(document)", "is not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw InvalidConfigException.atPath("(document)", "must be a JSON object");
        }
        return new JsonFields(node, "");
    }

    /** An error about {@code field} of this object, carrying its full path. */
    public InvalidConfigException error(String field, String problem) {
        return InvalidConfigException.atPath(pathOf(field), problem);
    }

    /** The full path of {@code field} within the document. */
    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The path of this object ({@code ""} for the root). */
    public String path() {
        return path;
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> missing(field, "a string"));
    }

    public Optional<String> optionalString(String field) {
        return optional(field, value -> {
            if (!value.isTextual()) {
                throw wrongType(field, "a string", value);
            }
            return value.textValue();
        });
    }

    public double requiredNumber(String field) {
        return optionalNumber(field).orElseThrow(() -> missing(field, "a number"));
    }

    public OptionalDouble optionalNumber(String field) {
        return optional(field, value -> {
            if (!value.isNumber()) {
                throw wrongType(field, "a number", value);
            }
            return value.doubleValue();
        }).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    public int requiredInt(String field) {
        return optionalInt(field).orElseThrow(() -> missing(field, "an integer"));
    }

    public OptionalInt optionalInt(String field) {
        return optional(field, value -> {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw wrongType(field, "an integer", value);
            }
            return value.intValue();
        }).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    public Optional<Boolean> optionalBoolean(String field) {
        return optional(field, value -> {
            if (!value.isBoolean()) {
                throw wrongType(field, "true or false", value);
            }
            return value.booleanValue();
        });
    }

    /** An ISO-8601 instant ({@code 2026-02-01T00:00:00Z}) or a date ({@code 2026-02-01}, midnight UTC). */
    public Optional<Instant> optionalInstant(String field) {
        return optionalString(field).map(text -> {
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw InvalidConfigException.atPath(pathOf(field),
                        "must be an ISO-8601 instant such as 2026-02-01T00:00:00Z or a date such as 2026-02-01, was '"
                                + text + "'");
            }
        });
    }

    public Instant requiredInstant(String field) {
        return optionalInstant(field).orElseThrow(() -> missing(field, "an ISO-8601 instant"));
    }

    public JsonFields requiredObject(String field) {
        return optionalObject(field).orElseThrow(() -> missing(field, "an object"));
    }

    public Optional<JsonFields> optionalObject(String field) {
        return optional(field, value -> {
            if (!value.isObject()) {
                throw wrongType(field, "an object", value);
            }
            return new JsonFields(value, pathOf(field));
        });
    }

    /** A non-empty array of objects. */
    public List<JsonFields> requiredObjects(String field) {
        JsonNode array = optional(field, value -> {
            if (!value.isArray() || value.isEmpty()) {
                throw wrongType(field, "a non-empty array", value);
            }
            return value;
        }).orElseThrow(() -> missing(field, "a non-empty array"));
        List<JsonFields> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPath = pathOf(field) + "[" + i + "]";
            if (!element.isObject()) {
                throw InvalidConfigException.atPath(elementPath, "must be an object, was " + describe(element));
            }
            objects.add(new JsonFields(element, elementPath));
        }
        return objects;
    }

    /** An array of strings; empty when the field is absent. */
    public List<String> optionalStrings(String field) {
        return optional(field, value -> {
            if (!value.isArray()) {
                throw wrongType(field, "an array of strings", value);
            }
            List<String> strings = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    throw InvalidConfigException.atPath(pathOf(field) + "[" + i + "]", "must be a string, was "
                            + describe(value.get(i)));
                }
                strings.add(value.get(i).textValue());
            }
            return List.copyOf(strings);
        }).orElse(List.of());
    }

    /** An object of free-form values (numbers, strings, booleans, arrays, objects; no nulls). */
    public Map<String, Object> optionalFreeMap(String field) {
        return optionalObject(field).map(object -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : object.node.properties()) {
                object.read.add(entry.getKey());
                values.put(entry.getKey(), plain(entry.getValue(), object.pathOf(entry.getKey())));
            }
            return values;
        }).orElse(Map.of());
    }

    /** Fails on the first field of this object that no accessor read. */
    public void rejectUnknown() {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!read.contains(entry.getKey())) {
                throw InvalidConfigException.atPath(pathOf(entry.getKey()), "is not a known field here");
            }
        }
    }

    /** Runs a record constructor, locating any {@link InvalidConfigException} it throws under this object. */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidConfigException e) {
            throw e.locatedIn("", path);
        }
    }

    private <T> Optional<T> optional(String field, Function<JsonNode, T> convert) {
        read.add(field);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(convert.apply(value));
    }

    private InvalidConfigException missing(String field, String expected) {
        return InvalidConfigException.atPath(pathOf(field), "is required (" + expected + ")");
    }

    private InvalidConfigException wrongType(String field, String expected, JsonNode value) {
        return InvalidConfigException.atPath(pathOf(field), "must be " + expected + ", was " + describe(value));
    }

    private static Object plain(JsonNode value, String path) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                list.add(plain(value.get(i), path + "[" + i + "]"));
            }
            return list;
        }
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue(), path + "." + e.getKey())));
            return map;
        }
        throw InvalidConfigException.atPath(path, "must not be null");
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}

package dev.evalunit.bucketing.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Jackson databind for the configuration files: reads a document into a record of nullable fields, refusing
 * unknown fields and coercions ({@code "5"} is not a number, {@code 1.5} is not an integer), and turns every
 * Jackson error into an {@link InvalidConfigException} naming the field path, the line and column, and what is
 * wrong. A {@link VariantConfig} field is read by {@link VariantConfigJson}. Shared by the experiment-definition,
 * winner-file and metric-event readers.
 */
@API(status = INTERNAL, since = "0.1")
public final class StrictJson {

    private static final ObjectMapper MAPPER = mapper();
    private static final String DOCUMENT = "(document)";

    private StrictJson() {
    }

    /** Reads {@code json} as {@code type}, refusing any field {@code type} does not have. */
    public static <T> T read(String json, Class<T> type) {
        return read(json, MAPPER.readerFor(type));
    }

    /** Reads only the fields of {@code type} from {@code json}, ignoring the others (e.g. a schema version). */
    public static <T> T peek(String json, Class<T> type) {
        return read(json, MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    /** {@code value}, or an error that {@code field} is required, described as {@code expected}. */
    public static <T> T required(T value, String field, String expected) {
        if (value == null) {
            throw new InvalidConfigException(field, "is required (" + expected + ")");
        }
        return value;
    }

    /** An ISO-8601 instant ({@code 2026-02-01T00:00:00Z}) or a date ({@code 2026-02-01}, midnight UTC). */
    public static Instant instant(String text, String field) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidConfigException(field,
                    "must be an ISO-8601 instant such as 2026-02-01T00:00:00Z or a date such as 2026-02-01, was '"
                            + text + "'");
        }
    }

    /** Runs {@code constructor}, locating any {@link InvalidConfigException} it throws under {@code path}. */
    public static <T> T locatedAt(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidConfigException e) {
            throw e.locatedIn("", path);
        }
    }

    private static <T> T read(String json, ObjectReader reader) {
        boolean oneLine = json.indexOf('\n') < 0;
        T value;
        try (JsonParser parser = reader.createParser(json)) {
            try {
                value = reader.readValue(parser);
                if (parser.nextToken() != null) {
                    throw InvalidConfigException.atPath(DOCUMENT, "has more content after its end at "
                            + location(parser.currentLocation(), oneLine));
                }
            } catch (JsonProcessingException e) {
                // translated before the parser closes: it still holds the offending token
                throw invalid(e, parser, json, oneLine);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        if (value == null) {
            throw InvalidConfigException.atPath(DOCUMENT, "must be a JSON object, was null");
        }
        return value;
    }

    private static InvalidConfigException invalid(JsonProcessingException e, JsonParser parser, String json,
                                                  boolean oneLine) {
        List<JsonMappingException.Reference> steps = e instanceof JsonMappingException mapping ? mapping.getPath() : List.of();
        String path = path(steps);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidConfigException invalid) {
                return invalid.locatedIn("", path);
            }
        }
        JsonLocation field = steps.isEmpty() ? null : locate(json, steps);
        String at = location(field == null ? e.getLocation() : field, oneLine);
        if (e instanceof UnrecognizedPropertyException) {
            return InvalidConfigException.atPath(path, "is not a known field here (" + at + ")");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return InvalidConfigException.atPath(path.isEmpty() ? DOCUMENT : path, "must be "
                    + expected(mismatch.getTargetType()) + ", was " + found(parser) + " (" + at + ")");
        }
        return InvalidConfigException.atPath(DOCUMENT, "is not valid JSON at " + at + ": " + e.getOriginalMessage());
    }

    /** The dotted path of the field Jackson stopped at, e.g. {@code variants[1].config.max_tokens}. */
    private static String path(List<JsonMappingException.Reference> steps) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : steps) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Where the field or element at {@code steps} starts, found by walking the document again: Jackson reports
     * an unknown field of a record at the end of the record's object, after it was built.
     *
     * @return null when the document has no such field
     */
    private static JsonLocation locate(String json, List<JsonMappingException.Reference> steps) {
        JsonLocation found = null;
        try (JsonParser parser = MAPPER.createParser(json)) {
            parser.nextToken();
            for (JsonMappingException.Reference step : steps) {
                if (step.getFieldName() != null) {
                    if (!parser.hasToken(JsonToken.START_OBJECT)) {
                        return null;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME && !step.getFieldName().equals(parser.currentName())) {
                        parser.nextToken();
                        parser.skipChildren();
                    }
                } else {
                    if (!parser.hasToken(JsonToken.START_ARRAY)) {
                        return null;
                    }
                    parser.nextToken();
                    for (int i = 0; i < step.getIndex() && !parser.hasToken(JsonToken.END_ARRAY); i++) {
                        parser.skipChildren();
                        parser.nextToken();
                    }
                }
                if (parser.currentToken() == null || parser.currentToken().isStructEnd()) {
                    return null;
                }
                found = parser.currentTokenLocation();
                if (parser.hasToken(JsonToken.FIELD_NAME)) {
                    parser.nextToken();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return found;
    }

    /** A one-line document (a line of a JSON-lines file) is located by its column alone. */
    private static String location(JsonLocation at, boolean oneLine) {
        if (at == null || at.getLineNr() < 1) {
            return "location unknown";
        }
        return oneLine ? "column " + at.getColumnNr() : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String found(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> {
                String text;
                try {
                    text = parser.getText();
                } catch (IOException e) {
                    yield "a " + token;
                }
                text = token == JsonToken.VALUE_STRING ? "\"" + text + "\"" : text;
                yield text.length() > 60 ? text.substring(0, 57) + "..." : text;
            }
        };
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new SimpleModule("evalunit-config").addDeserializer(VariantConfig.class,
                        VariantConfigJson.deserializer()))
                .build();
        // a number or boolean where text is expected is a mistake in a configuration file, not a string
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }
}

package dev.evalunit.engine.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.evalunit.stats.Direction;

import java.io.IOException;

/**
 * A {@link Direction} in the run files: {@code "higher"}, {@code "lower"} or {@code {"within": [2, 3]}}. Runs
 * written before target ranges carried a boolean {@code higherIsBetter}, read here too so history, baselines and
 * merges keep reading them.
 */
final class DirectionJson {

    private DirectionJson() {
    }

    /** The serializer and deserializer. */
    static SimpleModule module() {
        return new SimpleModule("direction")
                .addSerializer(Direction.class, new Writer())
                .addDeserializer(Direction.class, new Reader());
    }

    private static final class Writer extends JsonSerializer<Direction> {
        @Override
        public void serialize(Direction direction, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (direction instanceof Direction.Within range) {
                json.writeStartObject();
                json.writeArrayFieldStart("within");
                json.writeNumber(range.low());
                json.writeNumber(range.high());
                json.writeEndArray();
                json.writeEndObject();
            } else {
                json.writeString(direction.spelling());
            }
        }
    }

    private static final class Reader extends JsonDeserializer<Direction> {
        @Override
        public Direction deserialize(JsonParser json, DeserializationContext context) throws IOException {
            JsonToken token = json.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                // an older run's higherIsBetter
                return token == JsonToken.VALUE_TRUE ? Direction.HIGHER : Direction.LOWER;
            }
            try {
                if (token == JsonToken.VALUE_STRING) {
                    return Direction.parse(json.getText());
                }
                JsonNode range = context.readTree(json).path("within");
                if (range.isArray() && range.size() == 2 && range.get(0).isNumber() && range.get(1).isNumber()) {
                    return Direction.within(range.get(0).doubleValue(), range.get(1).doubleValue());
                }
            } catch (IllegalArgumentException e) {
                return (Direction) context.handleWeirdStringValue(Direction.class, json.getText(), e.getMessage());
            }
            return (Direction) context.handleUnexpectedToken(Direction.class, json);
        }
    }
}

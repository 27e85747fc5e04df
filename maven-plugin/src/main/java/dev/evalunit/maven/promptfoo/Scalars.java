package dev.evalunit.maven.promptfoo;

import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** YAML scalars as the Java values a YAML 1.1 reader gives them: booleans, numbers, null or text. */
final class Scalars {

    private Scalars() {
    }

    static Object value(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)) || text.equalsIgnoreCase("yes");
        }
        if (Tag.INT.equals(tag)) {
            try {
                return Long.parseLong(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.parseDouble(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return Tag.NULL.equals(tag) ? null : text;
    }
}

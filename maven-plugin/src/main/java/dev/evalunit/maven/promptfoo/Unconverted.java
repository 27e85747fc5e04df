package dev.evalunit.maven.promptfoo;

import java.util.ArrayList;
import java.util.List;

/** What an import could not convert, each with where it is in the config and why. */
final class Unconverted {

    private final List<String> items = new ArrayList<>();

    void add(ConfigNode where, String what) {
        String line = where.where() + ": " + what;
        if (!items.contains(line)) {
            items.add(line);
        }
    }

    List<String> items() {
        return List.copyOf(items);
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}

package dev.evalunit.maven.promptfoo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What an import could not convert, each with where it is in the config and why, in the order of the file. */
final class Unconverted {

    private record Item(int line, String text) {
    }

    private final List<Item> items = new ArrayList<>();

    void add(ConfigNode where, String what) {
        Item item = new Item(where.node().getStartMark().getLine(), where.where() + ": " + what);
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    List<String> items() {
        return items.stream().sorted(Comparator.comparingInt(Item::line)).map(Item::text).toList();
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}

package dev.evalunit.maven.promptfoo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code prompts} of a promptfoo config as EvalUnit prompt templates: inline texts, {@code {raw, label}} entries
 * and {@code file://} text files (several prompts separated by a line {@code ---}, as promptfoo reads them).
 * Nunjucks {@code {{ var }}} becomes {@code {{var}}}; filters, tags and dotted names have no EvalUnit form.
 */
final class Prompts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    /** One prompt: its label and template. */
    record Prompt(String label, String template) {
    }

    private Prompts() {
    }

    static List<Prompt> read(ConfigNode prompts, Path directory, Unconverted unconverted) {
        List<Prompt> read = new ArrayList<>();
        for (ConfigNode item : prompts.items()) {
            String label = item.text("label").orElse("");
            String text = item.isMap() ? item.text("raw").or(() -> item.text("id")).orElse("") : item.text().orElse("");
            if (text.isEmpty()) {
                unconverted.add(item, "a prompt without text (only 'raw', 'id' or a plain text prompt converts)");
                continue;
            }
            List<String> templates = text.startsWith("file://") ? file(item, directory, text.substring(7), unconverted)
                    : List.of(text);
            for (String template : templates) {
                String converted = template(item, template, unconverted);
                if (!converted.isEmpty()) {
                    read.add(new Prompt(label.isEmpty() || templates.size() > 1 ? "prompt-" + (read.size() + 1) : label,
                            converted));
                }
            }
        }
        return read;
    }

    private static List<String> file(ConfigNode item, Path directory, String name, Unconverted unconverted) {
        if (!name.endsWith(".txt")) {
            unconverted.add(item, "prompt file '" + name + "' (only .txt prompt files convert; chat JSON, scripts"
                    + " and templates in other formats do not)");
            return List.of();
        }
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory.normalize())) {
            throw new PromptfooImportException(item.where() + ": prompt file '" + name + "' lies outside the config's"
                    + " directory " + directory);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return SEPARATOR.splitAsStream(text).map(String::strip).filter(t -> !t.isEmpty()).toList();
        } catch (IOException e) {
            throw new PromptfooImportException(item.where() + ": prompt file '" + name + "' cannot be read: "
                    + e.getMessage());
        }
    }

    /** The template in EvalUnit's form, or empty (and noted) when it uses Nunjucks beyond plain variables. */
    private static String template(ConfigNode item, String template, Unconverted unconverted) {
        if (template.contains("{%") || template.contains("{#")) {
            unconverted.add(item, "a prompt with Nunjucks tags or comments ({% %}, {# #}): " + Unconverted.excerpt(template));
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (!NAME.matcher(matcher.group(1)).matches()) {
                unconverted.add(item, "a prompt with the Nunjucks expression {{ " + matcher.group(1)
                        + " }} (only plain variables convert)");
                return "";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement("{{" + matcher.group(1) + "}}"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The variables a template uses. */
    static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}

package dev.evalunit.examples.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The simulated judge: answers the judges module's score prompts (rubric, G-Eval, correctness) with
 * {@code {"reasoning": ..., "score": ...}}. It reads the delimited sections, scores the output by its content
 * overlap with the reference (or, without one, by how much of it comes from the input), takes off for a sentence
 * count outside the range the rubric asks for and for filler phrases when the rubric forbids them, adds a little
 * noise seeded by the content (fresh per answer only at a temperature above 0) and maps the result onto the
 * requested scale.
 */
final class Judge {

    private static final Pattern SECTION =
            Pattern.compile("(?s)<untrusted-([a-z0-9-]+?)-([0-9a-f]+)>\\n(.*?)\\n</untrusted-\\1-\\2>");
    private static final Pattern SCALE = Pattern.compile("a number from (-?[\\d.]+) to (-?[\\d.]+)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[–—-]\\s*(\\d+)\\s+sentences");
    private static final Pattern FILLER = Pattern.compile(
            "(?i)^(here is|here's|summary:|in summary|overall|this text discusses|to summarize)|let me know if");

    private Judge() {
    }

    /** Context precision's verdicts: a retrieved passage is relevant when it shares content with the request. */
    private static String relevance(String input, List<String> passages) {
        String verdicts = passages.stream().map(p -> Boolean.toString(Texts.overlapF1(p, input) >= 0.2))
                .collect(Collectors.joining(", "));
        return "{\"reasoning\": \"Simulated judge: passages sharing content with the request are relevant.\", "
                + "\"relevant\": [" + verdicts + "]}";
    }

    static boolean handles(WireRequest request) {
        return request.system().contains("impartial evaluator");
    }

    static String answer(WireRequest request, Draws draws) {
        Map<String, String> sections = new HashMap<>();
        List<String> passages = new ArrayList<>();
        Matcher section = SECTION.matcher(request.user());
        while (section.find()) {
            sections.put(section.group(1), section.group(3));
            if (section.group(1).startsWith("context-")) {
                passages.add(section.group(3));
            }
        }
        if (request.system().contains("\"relevant\": [")) {
            return relevance(sections.getOrDefault("input", ""), passages);
        }
        Matcher scale = SCALE.matcher(request.system());
        boolean scaled = scale.find();
        double min = scaled ? Double.parseDouble(scale.group(1)) : 1;
        double max = scaled ? Double.parseDouble(scale.group(2)) : 5;
        String output = sections.getOrDefault("output", "");
        String task = request.user().substring(0, Math.max(0, request.user().indexOf("<untrusted-")))
                .toLowerCase(Locale.ROOT);

        StringBuilder reasons = new StringBuilder("Simulated judge: ");
        double quality;
        if (!passages.isEmpty()) {
            double grounded = Texts.coverage(output, String.join(" ", passages));
            quality = 0.1 + 0.9 * grounded;
            reasons.append(String.format(Locale.ROOT, "%.0f%% of the response is supported by the passages",
                    100 * grounded));
        } else if (sections.containsKey("reference")) {
            double overlap = Texts.overlapF1(output, sections.get("reference"));
            quality = 0.1 + 0.9 * Math.pow(overlap, 0.7);
            reasons.append(String.format(Locale.ROOT, "content overlap with the reference %.2f", overlap));
        } else if (sections.containsKey("input")) {
            double grounded = Texts.coverage(output, sections.get("input"));
            quality = 0.2 + 0.7 * grounded;
            reasons.append(String.format(Locale.ROOT, "%.0f%% of the response is supported by the input", 100 * grounded));
        } else {
            quality = 0.5;
            reasons.append("no reference or input to check against");
        }
        Matcher range = RANGE.matcher(task);
        if (range.find()) {
            int sentences = Texts.sentences(output).size();
            if (sentences < Integer.parseInt(range.group(1)) || sentences > Integer.parseInt(range.group(2))) {
                quality -= 0.2;
                reasons.append("; ").append(sentences).append(" sentences, outside the requested range");
            }
        }
        if (task.contains("filler") && FILLER.matcher(output.strip()).find()) {
            quality -= 0.15;
            reasons.append("; contains filler phrases");
        }
        // seeded by the content: identical judgements score alike, whichever variant's output arrives first
        quality += 0.06 * draws.noise("judge", request.temperature());
        quality = Math.max(0, Math.min(1, quality));
        double score = min + quality * (max - min);
        boolean integral = min == Math.rint(min) && max == Math.rint(max) && max - min >= 2;
        score = integral ? Math.rint(score) : Math.rint(score / ((max - min) / 20)) * ((max - min) / 20);
        String number = integral ? Long.toString((long) score) : String.format(Locale.ROOT, "%.2f", score);
        return "{\"reasoning\": \"" + reasons.append('.').toString().replace("\"", "'") + "\", \"score\": " + number + "}";
    }
}

package dev.evalunit.examples.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The simulated model's answer to a summarisation prompt ("Summarize ..."): an extractive summary of the user
 * text. Sentences are ranked by how central their words are to the text and how early they come; a prompt that
 * asks for the key takeaway and actionable information also favours sentences with advice, deadlines and
 * figures. The prompt's "N–M sentences" sets the length; without it a "concise" summary keeps half to 70% of the
 * sentences (at least three). Unless told to omit filler, the model often opens with a filler phrase. Selection noise grows with
 * temperature (and is larger for smaller models), so lower temperatures vary less between repeats. Held to a
 * sentence range, the model folds two more key points into its sentences (joined with a semicolon), as models
 * asked for brevity do.
 */
final class Summarizer {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[–—-]\\s*(\\d+)\\s+sentences");
    private static final Pattern ACTIONABLE = Pattern.compile(
            "(?i)\\b(should|must|need to|needs to|recommend\\w*|advise\\w*|deadline|before|by (mon|tue|wed|thu|fri|sat|"
                    + "sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the end)\\w*|urged?|plan to|will)\\b|\\d");
    private static final Pattern CAPITALISED_INSIDE = Pattern.compile("(?<=[\\p{L}\\p{N},;:] )\\p{Lu}[\\p{L}-]*");
    private static final List<String> FILLERS = List.of("Here is a concise summary of the text: ", "Summary: ",
            "This text discusses several points. ", "Here's a short summary. ");

    private Summarizer() {
    }

    static boolean handles(WireRequest request) {
        return request.prompt().toLowerCase(Locale.ROOT).contains("summar");
    }

    static String answer(WireRequest request, ModelProfile profile, Draws draws) {
        String instruction = request.system().isBlank() ? request.user() : request.system();
        String lower = instruction.toLowerCase(Locale.ROOT);
        List<String> sentences = Texts.sentences(request.system().isBlank() ? body(request.user()) : request.user());
        if (sentences.isEmpty()) {
            return "There is no text to summarize.";
        }
        boolean actionable = lower.contains("actionable") || lower.contains("takeaway");
        boolean noFiller = lower.contains("filler");
        double temperature = request.temperature();
        int count = length(lower, sentences.size(), draws, temperature);
        double focus = actionable ? 0.6 : 1.0;

        Map<String, Integer> frequency = new HashMap<>();
        sentences.forEach(sentence -> Texts.stems(sentence).forEach(stem -> frequency.merge(stem, 1, Integer::sum)));
        double[] score = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            double centrality = Texts.stems(sentence).stream().mapToInt(frequency::get).filter(f -> f > 1).count()
                    / Math.sqrt(1 + Texts.stems(sentence).size());
            score[i] = centrality + (i == 0 ? 0.8 : 0) + (actionable && ACTIONABLE.matcher(sentence).find() ? 1.2 : 0)
                    + (0.25 + 0.9 * temperature) * focus * profile.mistakes() * draws.noise("sentence-" + i, temperature);
        }
        // a prompt that fixes the length makes the model fold two more key points into its sentences
        int points = RANGE.matcher(lower).find() ? Math.min(sentences.size(), count + 2) : count;
        List<Integer> chosen = IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> -score[i])).limit(points).sorted().toList();
        StringBuilder summary = new StringBuilder();
        double fillerChance = noFiller ? 0.02 : 0.55;
        if (draws.chance("filler", temperature) < fillerChance * profile.mistakes()) {
            int which = (int) (draws.chance("filler-text", temperature) * FILLERS.size());
            summary.append(FILLERS.get(Math.min(FILLERS.size() - 1, which)));
        }
        List<String> parts = new ArrayList<>();
        chosen.forEach(i -> parts.add(sentences.get(i)));
        Set<String> names = names(sentences);
        while (parts.size() > count) {
            parts.set(0, fold(parts.get(0), parts.remove(1), names));
        }
        summary.append(String.join(" ", parts));
        return summary.toString();
    }

    /** Two sentences as one: "A; b." - the second's first word lower-cased unless the text uses it as a name. */
    private static String fold(String first, String second, Set<String> names) {
        String head = first.replaceAll("[.!?]+$", "");
        String opening = second.split("\\s", 2)[0];
        boolean name = names.contains(opening) || opening.length() > 1 && Character.isUpperCase(opening.charAt(1));
        return head + "; " + (name ? second : second.substring(0, 1).toLowerCase(Locale.ROOT) + second.substring(1));
    }

    /** Words the text capitalises in the middle of a sentence: names, which keep their capital when folded. */
    private static Set<String> names(List<String> sentences) {
        Set<String> names = new HashSet<>();
        sentences.forEach(sentence -> CAPITALISED_INSIDE.matcher(sentence).results().forEach(m -> names.add(m.group())));
        return names;
    }

    /** How many sentences: the prompt's range, else half to 70% of the text's (at least 3). */
    private static int length(String instruction, int available, Draws draws, double temperature) {
        Matcher range = RANGE.matcher(instruction);
        int low;
        int high;
        if (range.find()) {
            low = Integer.parseInt(range.group(1));
            high = Integer.parseInt(range.group(2));
        } else {
            low = Math.max(3, (int) Math.round(available * 0.5));
            high = Math.max(low, (int) Math.round(available * 0.7));
        }
        int span = high - low + 1;
        int pick = low + Math.min(span - 1, (int) (draws.chance("length", temperature) * span));
        return Math.max(1, Math.min(available, pick));
    }

    /** The text after a "Text:" label, when the instruction and the text share one message. */
    private static String body(String message) {
        int label = message.toLowerCase(Locale.ROOT).lastIndexOf("text:");
        return label < 0 ? message : message.substring(label + 5);
    }
}

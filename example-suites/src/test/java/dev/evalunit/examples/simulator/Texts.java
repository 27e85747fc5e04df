package dev.evalunit.examples.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers the simulated models and judge share: sentences, content words, overlap, tokens. */
final class Texts {

    /** Up to terminal punctuation followed by white space or the end, so "TLS 1.2" and "status.example" stay whole. */
    private static final Pattern SENTENCE = Pattern.compile("(?s).+?(?:[.!?]+[\"')\\]]*(?=\\s|$)|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
            "for", "with", "at", "by", "from", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that",
            "these", "those", "as", "if", "so", "not", "no", "do", "does", "can", "will", "would", "should", "i",
            "you", "your", "we", "our", "they", "their", "he", "she", "my", "me", "what", "how", "when", "which",
            "who", "there", "has", "have", "had", "about", "into", "than", "then", "also", "any", "all", "more");

    private Texts() {
    }

    /** The sentences of a text, trimmed, empty ones dropped. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE.matcher(text.replace('\n', ' '));
        while (matcher.find()) {
            String sentence = matcher.group().trim();
            if (sentence.chars().anyMatch(Character::isLetterOrDigit)) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Lower-case words of a text. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Content-word stems (first five letters of each non-stop word), as a set. */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : words(text)) {
            if (!STOP.contains(word) && word.length() > 1) {
                stems.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return stems;
    }

    /** F1 of the content-word stem sets of two texts, in [0, 1]. */
    static double overlapF1(String candidate, String reference) {
        Set<String> a = stems(candidate);
        Set<String> b = stems(reference);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / a.size();
        double recall = (double) common / b.size();
        return 2 * precision * recall / (precision + recall);
    }

    /** Share of the query's content stems that the text contains, in [0, 1]. */
    static double coverage(String query, String text) {
        Set<String> q = stems(query);
        if (q.isEmpty()) {
            return 0;
        }
        Set<String> t = stems(text);
        return (double) q.stream().filter(t::contains).count() / q.size();
    }

    /** Tokens as the providers' tokenizers roughly count them: about four characters each, at least one. */
    static int tokens(String text) {
        return Math.max(1, (int) Math.ceil(text.length() / 4.0));
    }
}

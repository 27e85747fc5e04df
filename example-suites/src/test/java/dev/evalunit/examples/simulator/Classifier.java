package dev.evalunit.examples.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated model's answer to a classification prompt: a prompt with a {@code Categories:} (or
 * {@code Labels:}, {@code Queues:}) line listing the labels, optional worked examples ({@code Category: billing}
 * lines) and the text to classify after the last {@code Ticket:}. A keyword reading of the text ranks the labels;
 * the model then slips to the runner-up with a probability that falls with every worked example (up to two), is
 * higher for smaller models and grows with temperature. Without examples it also sometimes answers in a sentence
 * instead of the bare label, as real models do.
 */
final class Classifier {

    private static final Pattern LABELS = Pattern.compile("(?im)^\\s*(?:categories|labels|queues)\\s*:\\s*(.+)$");
    private static final Pattern EXAMPLE = Pattern.compile("(?im)^\\s*(?:category|label|queue)\\s*:\\s*\\S+");
    private static final Pattern SUBJECT = Pattern.compile("(?is).*\\bticket\\s*:(.*)");

    /** Keyword stems of the concepts labels stand for. */
    private static final Map<String, List<String>> CONCEPTS = Map.of(
            "billing", List.of("invoic", "charg", "refund", "payment", "paid", "pay", "bill", "subscr", "price",
                    "card", "receipt", "vat", "tax", "discount", "credit", "overch", "renew", "money", "euro", "dollar",
                    "$", "€", "upgrad", "downgr", "trial", "plan"),
            "technical", List.of("error", "crash", "bug", "api", "timeout", "fail", "broke", "slow", "sync", "webho",
                    "500", "502", "export", "import", "integr", "upload", "freez", "load", "blank", "notif", "app",
                    "sdk", "csv", "server", "outage", "latency", "render", "stuck"),
            "account", List.of("passw", "login", "log", "sign", "2fa", "two-f", "authe", "email", "usern",
                    "locke", "delet", "profi", "permi", "invit", "sso", "verif", "access", "owner", "seat", "admin",
                    "reset", "hacke", "compr"),
            "other", List.of("featu", "sugge", "partn", "feedb", "job", "press", "roadm", "webin", "confe", "compl",
                    "praise", "thank"));

    private Classifier() {
    }

    /** Whether the prompt is a classification prompt this model understands. */
    static boolean handles(WireRequest request) {
        return LABELS.matcher(request.prompt()).find();
    }

    static String answer(WireRequest request, ModelProfile profile, Draws draws) {
        String prompt = request.prompt();
        Matcher labelLine = LABELS.matcher(prompt);
        labelLine.find();
        List<String> labels = Arrays.stream(labelLine.group(1).split("[,|/]|\\bor\\b"))
                .map(label -> label.trim().replaceAll("[.\\s]+$", "")).filter(label -> !label.isEmpty()).toList();
        int shots = (int) EXAMPLE.matcher(prompt).results().count();
        Matcher subject = SUBJECT.matcher(request.user());
        String text = (subject.matches() ? subject.group(1) : request.user()).toLowerCase(Locale.ROOT);

        List<String> ranked = new ArrayList<>(labels);
        ranked.sort(Comparator.comparingDouble((String label) -> -evidence(label, text)).thenComparing(labels::indexOf));
        double slip = profile.mistakes() * (0.05 + 0.12 * Math.max(0, 2 - Math.min(shots, 2)) / 2.0)
                + 0.08 * request.temperature();
        String label = ranked.size() > 1 && draws.chance("slip", request.temperature()) < slip ? ranked.get(1) : ranked.get(0);
        if (shots == 0 && draws.sample("format").nextDouble() < 0.05 * profile.mistakes()) {
            return "The category of this ticket is " + label + ".";
        }
        return label;
    }

    /** Keyword hits of the concept a label stands for; the catch-all label gets a small prior. */
    private static double evidence(String label, String text) {
        String concept = concept(label).orElse(label.toLowerCase(Locale.ROOT));
        List<String> stems = CONCEPTS.getOrDefault(concept, List.of());
        double hits = 0;
        for (String word : Texts.words(text)) {
            for (String stem : stems) {
                if (word.startsWith(stem)) {
                    hits++;
                    break;
                }
            }
        }
        return hits + (concept.equals("other") ? 0.5 : 0);
    }

    private static Optional<String> concept(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        if (name.matches(".*(bill|pay|invoice|financ).*")) {
            return Optional.of("billing");
        }
        if (name.matches(".*(tech|bug|engineer|support).*")) {
            return Optional.of("technical");
        }
        if (name.matches(".*(account|access|login|secur).*")) {
            return Optional.of("account");
        }
        if (name.matches(".*(other|general|misc).*")) {
            return Optional.of("other");
        }
        return Optional.empty();
    }
}

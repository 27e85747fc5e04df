package dev.evalunit.examples.simulator;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The simulated model's answer to a question, grounded in the knowledge the prompt supplies (the text after a
 * {@code Knowledge base:}, {@code FAQ:}, {@code Facts:} or {@code Context:} line). It ranks the knowledge's
 * sentences by how much of the question they cover, with noise that is larger for smaller models and higher
 * temperatures, answers with the best one (and the runner-up when it is nearly as relevant), and says it does not
 * know when nothing matches. Without a request for brevity it sometimes adds a closing pleasantry.
 */
final class Answerer {

    private static final Pattern KNOWLEDGE =
            Pattern.compile("(?im)^\\s*(?:knowledge base|faq|facts|context|documentation)\\s*:\\s*$");
    private static final Pattern QUESTION = Pattern.compile("(?is).*\\bquestion\\s*:(.*)");
    private static final String UNKNOWN = "I'm sorry, I don't have information about that.";

    private Answerer() {
    }

    static String answer(WireRequest request, ModelProfile profile, Draws draws) {
        String prompt = request.prompt();
        Matcher knowledgeStart = KNOWLEDGE.matcher(prompt);
        if (!knowledgeStart.find()) {
            return UNKNOWN;
        }
        String knowledge = prompt.substring(knowledgeStart.end());
        int questionAt = knowledge.toLowerCase(Locale.ROOT).lastIndexOf("question:");
        if (questionAt >= 0) {
            knowledge = knowledge.substring(0, questionAt);
        }
        List<String> facts = Texts.sentences(knowledge);
        Matcher question = QUESTION.matcher(request.user());
        String asked = question.matches() ? question.group(1) : request.user();
        double temperature = request.temperature();
        double noise = (0.05 + 0.15 * temperature) * profile.mistakes();
        double[] relevance = new double[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            relevance[i] = Texts.coverage(asked, facts.get(i)) + noise * draws.noise("fact-" + i, temperature);
        }
        List<Integer> ranked = IntStream.range(0, facts.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> -relevance[i])).toList();
        if (ranked.isEmpty() || relevance[ranked.get(0)] < 0.15) {
            return UNKNOWN;
        }
        String lower = prompt.toLowerCase(Locale.ROOT);
        boolean brief = lower.contains("one sentence") || lower.contains("concise") || lower.contains("briefly");
        StringBuilder answer = new StringBuilder(facts.get(ranked.get(0)));
        if (!brief && ranked.size() > 1 && relevance[ranked.get(1)] >= (1.05 - 0.3 * profile.mistakes()) * relevance[ranked.get(0)]) {
            answer.append(' ').append(facts.get(ranked.get(1)));
        }
        if (!brief && draws.chance("pleasantry", temperature) < 0.25 * profile.mistakes()) {
            answer.append(" Let me know if there is anything else I can help with.");
        }
        return answer.toString();
    }
}

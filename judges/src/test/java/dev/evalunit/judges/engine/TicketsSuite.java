package dev.evalunit.judges.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Compare;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.EvalSuite;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.UseScorer;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket classification suite run through the real engine by {@link SuiteScorersEngineTest}. The keyword
 * variant (the baseline, as the first variant) mislabels {@code t5}; the careful one labels every ticket right.
 * The in-process judge knows the reference: pairwise, it picks the response that matches it, and when both do
 * it always picks whichever was shown first (position bias); as a rubric judge it gives a right label 5 on its
 * first repeat and 4 on its second, a wrong one 1. The comparison decides on the pairwise preference.
 */
@EvalSuite(id = "tickets", passRate = 0.0)
@Compare(baseline = "keyword", primary = "preference")
@UseScorer(name = "label-match", options = "field: label")
@UseScorer(name = "pairwise-judge", options = {"model: inprocess:judge", "criteria: the right label",
        "field: label", "metric: preference"})
@UseScorer(name = "rubric-judge", options = {"model: inprocess:judge", "rubric: is the label right?",
        "field: label", "repeats: 2", "humanScore: human", "humanLabel: verdict"})
public class TicketsSuite {

    private static final Pattern SECTION = Pattern.compile("<untrusted-(\\w+)-[0-9a-f]+>\\n(.*?)\\n</untrusted-",
            Pattern.DOTALL);

    @Dataset
    List<Case> cases() {
        return List.of(ticket("t1", "refund my card", "billing", 5), ticket("t2", "where is my parcel", "shipping", 4),
                ticket("t3", "charged twice", "billing", 5), ticket("t4", "package late", "shipping", 4),
                ticket("t5", "invoice copy <script>", "billing", 1), ticket("t6", "courier lost box", "shipping", 5));
    }

    private static Case ticket(String id, String text, String label, int human) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("label", label);
        fields.put("human", human);
        fields.put("verdict", human == 1 ? "1" : "5");
        return Case.of(id, fields);
    }

    @Variants
    List<Variant> variants() {
        return List.of(new Variant("keyword", "Keyword", ModelRef.parse("inprocess:keyword"), Optional.empty(),
                        Optional.of("{{text}}"), SamplingParams.DEFAULTS),
                new Variant("careful", "Careful", ModelRef.parse("inprocess:careful"), Optional.empty(),
                        Optional.of("{{text}}"), SamplingParams.DEFAULTS));
    }

    @InProcessModel("keyword")
    String keyword(ModelRequest request) {
        String text = lastMessage(request);
        return text.contains("card") || text.contains("charged") ? "billing" : "shipping";
    }

    @InProcessModel("careful")
    String careful(ModelRequest request) {
        String text = lastMessage(request);
        return text.contains("card") || text.contains("charged") || text.contains("invoice") ? "billing" : "shipping";
    }

    @InProcessModel("judge")
    String judge(ModelRequest request) {
        Map<String, String> sections = new HashMap<>();
        Matcher matcher = SECTION.matcher(lastMessage(request));
        while (matcher.find()) {
            sections.put(matcher.group(1), matcher.group(2));
        }
        String reference = sections.get("reference");
        if (sections.containsKey("output")) {
            int score = !sections.get("output").equals(reference) ? 1 : request.repeat() == 0 ? 5 : 4;
            return "{\"reasoning\": \"label check\", \"score\": " + score + "}";
        }
        boolean second = sections.get("second").equals(reference) && !sections.get("first").equals(reference);
        return "{\"reasoning\": \"closer to the reference\", \"winner\": \"" + (second ? "second" : "first") + "\"}";
    }

    private static String lastMessage(ModelRequest request) {
        return request.messages().get(request.messages().size() - 1).text();
    }
}

package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ScoringInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The untrusted sections a judge is shown with one sample, each delimited: the request ({@code input}), the
 * reference answer ({@code field}), the case fields the task names, the retrieved context's passages, and last
 * the output under judgment.
 *
 * @param input     the case field holding the request the output answers
 * @param reference the case field holding a reference answer
 * @param fields    further case fields the task names
 * @param context   the case field holding the retrieval context, when the judge is shown one
 */
record SampleSections(Optional<String> input, Optional<String> reference, List<String> fields,
                      Optional<RetrievalContext> context) implements Function<ScoringInput, List<JudgePrompt.Section>> {

    SampleSections {
        fields = List.copyOf(fields);
    }

    @Override
    public List<JudgePrompt.Section> apply(ScoringInput scoring) {
        List<JudgePrompt.Section> sections = new ArrayList<>();
        input.ifPresent(field -> sections.add(new JudgePrompt.Section("input", "The request the response answers",
                scoring.testCase().text(field).orElse(""))));
        reference.ifPresent(field -> sections.add(new JudgePrompt.Section("reference", "The reference answer",
                scoring.testCase().text(field).orElse(""))));
        fields.forEach(field -> sections.add(new JudgePrompt.Section("field-" + field, "The case's " + field,
                scoring.testCase().text(field).orElse(""))));
        context.ifPresent(retrieved -> sections.addAll(retrieved.sections(scoring.testCase())));
        sections.add(new JudgePrompt.Section("output", "The response to evaluate", scoring.output()));
        return sections;
    }
}

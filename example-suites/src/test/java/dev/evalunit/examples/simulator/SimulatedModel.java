package dev.evalunit.examples.simulator;

/**
 * What a simulated model answers: the judge's verdict for judge prompts, otherwise a label, a summary or a
 * grounded answer by what the prompt asks for; token usage counted from the text, the output cut at the
 * request's token limit.
 */
final class SimulatedModel {

    private SimulatedModel() {
    }

    static WireResponses.Answer answer(WireRequest request, Draws draws) {
        ModelProfile profile = ModelProfile.of(request.model());
        String text;
        if (Judge.handles(request)) {
            text = Judge.answer(request, draws);
        } else if (Classifier.handles(request)) {
            text = Classifier.answer(request, profile, draws);
        } else if (Summarizer.handles(request)) {
            text = Summarizer.answer(request, profile, draws);
        } else {
            text = Answerer.answer(request, profile, draws);
        }
        int input = Texts.tokens(request.prompt());
        int output = Texts.tokens(text);
        int limit = request.maxTokens().orElse(Integer.MAX_VALUE);
        if (output > limit) {
            return new WireResponses.Answer(text.substring(0, Math.min(text.length(), 4 * limit)), input, limit, true);
        }
        return new WireResponses.Answer(text, input, output, false);
    }
}

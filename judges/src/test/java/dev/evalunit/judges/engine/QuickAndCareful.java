package dev.evalunit.judges.engine;

import dev.evalunit.api.Case;
import dev.evalunit.api.Dataset;
import dev.evalunit.api.InProcessModel;
import dev.evalunit.api.ModelRef;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.SamplingParams;
import dev.evalunit.api.Variant;
import dev.evalunit.api.Variants;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Ten questions answered twice each (at temperature 0, so both repeats are the same text) by a quick and a
 * careful in-process variant: the dataset and variants the judged suites share.
 */
abstract class QuickAndCareful {

    @Dataset
    List<Case> cases() {
        return IntStream.rangeClosed(1, 10).mapToObj(i -> Case.of("q" + i, Map.of("question", "question " + i)))
                .toList();
    }

    @Variants
    List<Variant> variants() {
        return List.of(variant("quick"), variant("careful"));
    }

    private static Variant variant(String id) {
        return new Variant(id, id, ModelRef.parse("inprocess:" + id), Optional.empty(), Optional.of("{{question}}"),
                SamplingParams.DEFAULTS);
    }

    @InProcessModel("quick")
    String quick(ModelRequest request) {
        return "Quick answer to " + lastMessage(request);
    }

    @InProcessModel("careful")
    String careful(ModelRequest request) {
        return "Careful answer to " + lastMessage(request);
    }

    private static String lastMessage(ModelRequest request) {
        return request.messages().get(request.messages().size() - 1).text();
    }
}

package dev.evalunit.reports;

import dev.evalunit.bucketing.config.VariantConfig;
import dev.evalunit.bucketing.winner.WinnerEvidence;
import dev.evalunit.bucketing.winner.WinnerFile;
import dev.evalunit.bucketing.winner.WinnerVariant;
import dev.evalunit.reports.model.WinnerConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report's view of a {@code winner.json}. */
final class WinnerConfigs {

    private WinnerConfigs() {
    }

    static WinnerConfig of(WinnerFile file) {
        WinnerEvidence e = file.evidence();
        String evidence = String.format(Locale.ROOT, "%s: difference %+.3f [%.3f, %.3f], p = %.2g, %d cases × %d repeats; %s",
                e.metric(), e.difference(), e.intervalLow(), e.intervalHigh(), e.pValue(), e.cases(), e.repeats(),
                e.decisionRule());
        return new WinnerConfig(file.decision().name(), file.keep().variantId(), file.experimentId(),
                view(file.winner()), view(file.baseline()), evidence, file.simulatedProviders());
    }

    private static WinnerConfig.ConfigView view(WinnerVariant variant) {
        VariantConfig config = variant.config();
        List<WinnerConfig.Entry> entries = new ArrayList<>();
        entries.add(new WinnerConfig.Entry("model", config.model()));
        config.temperature().ifPresent(t -> entries.add(new WinnerConfig.Entry("temperature", String.valueOf(t))));
        config.topP().ifPresent(p -> entries.add(new WinnerConfig.Entry("topP", String.valueOf(p))));
        config.maxTokens().ifPresent(m -> entries.add(new WinnerConfig.Entry("maxTokens", String.valueOf(m))));
        config.extra().forEach((name, value) -> entries.add(new WinnerConfig.Entry(name, String.valueOf(value))));
        config.systemPrompt().ifPresent(s -> entries.add(new WinnerConfig.Entry("systemPrompt", s)));
        config.promptTemplate().ifPresent(t -> entries.add(new WinnerConfig.Entry("promptTemplate", t)));
        return new WinnerConfig.ConfigView(variant.variantId(), variant.fingerprint(), entries);
    }
}

package dev.evalunit.engine.provider;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.engine.suite.Suggestions;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The models the engine knows by name and price (the shipped price table and configured prices), for checks
 * and estimates before a run: a model of a provider the table covers ({@code openai}, {@code anthropic}) that
 * the table does not know is most likely misspelled.
 */
@API(status = INTERNAL, since = "0.1")
public final class ModelCatalogue {

    private final PriceTable prices;

    private ModelCatalogue(PriceTable prices) {
        this.prices = prices;
    }

    /** The shipped price table. */
    public static ModelCatalogue defaults() {
        return new ModelCatalogue(PriceTable.defaults());
    }

    /** The cost in US dollars of a call with these token counts; empty when the model has no price. */
    public OptionalDouble cost(ProviderContext context, String model, long inputTokens, long outputTokens) {
        return prices.find(context, model)
                .map(price -> OptionalDouble.of(price.cost(inputTokens, outputTokens)))
                .orElseGet(OptionalDouble::empty);
    }

    /**
     * Why a model name is not known, with the closest known names and the settings that make a newer model
     * known (its price); empty when the model is known or the provider's models are not catalogued.
     */
    public Optional<String> unknown(ProviderContext context, String model) {
        String provider = context.providerId();
        if (prices.models(provider).isEmpty() || prices.find(context, model).isPresent()) {
            return Optional.empty();
        }
        String price = ProviderSettings.key(provider, ProviderKeys.PRICE + "." + model);
        return Optional.of("unknown model '" + provider + ":" + model + "'"
                + Suggestions.hint(model, prices.models(provider))
                + " (a model newer than the price table runs once its price is set: " + price + ".input and "
                + price + ".output)");
    }
}

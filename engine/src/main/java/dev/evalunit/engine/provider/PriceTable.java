package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ProviderContext;
import dev.evalunit.engine.Constants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Model prices: the shipped, dated defaults ({@code prices.csv}) overridden by
 * {@code evalunit.provider.<id>.price.<model>.input/.output}. Dated snapshots
 * ({@code gpt-4o-mini-2024-07-18}, {@code claude-3-5-haiku-20241022}) and {@code -latest} aliases fall back
 * to their family's price; anything else unknown has no price, so its cost is reported as unknown.
 */
final class PriceTable {

    static final String RESOURCE = "prices.csv";
    private static final Pattern SNAPSHOT_SUFFIX = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest)$");

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** The shipped defaults. */
    static PriceTable defaults() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "price table resource " + RESOURCE + " is missing from the engine jar");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the price table " + RESOURCE, e);
        }
    }

    static PriceTable parse(BufferedReader reader) throws IOException {
        Map<String, Price> prices = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",");
            if (fields.length != 5) {
                throw new IllegalArgumentException(RESOURCE + " line " + number
                        + ": expected provider,model,input,output,as_of but was '" + line + "'");
            }
            prices.put(key(fields[0].trim(), fields[1].trim()),
                    new Price(Double.parseDouble(fields[2].trim()), Double.parseDouble(fields[3].trim())));
        }
        return new PriceTable(prices);
    }

    /** The price of a model: configured override first, then the defaults (exact name, then family). */
    Optional<Price> find(ProviderContext context, String model) {
        Optional<Price> configured = configured(context, model);
        if (configured.isPresent()) {
            return configured;
        }
        String provider = context.providerId();
        Price exact = prices.get(key(provider, model));
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(prices.get(key(provider, SNAPSHOT_SUFFIX.matcher(model).replaceFirst(""))));
    }

    private static Optional<Price> configured(ProviderContext context, String model) {
        String base = Constants.PROVIDER_PRICE + "." + model + ".";
        Optional<Double> input = Settings.nonNegative(ProviderSettings.key(context.providerId(), base + "input"),
                context.setting(base + "input"));
        Optional<Double> output = Settings.nonNegative(ProviderSettings.key(context.providerId(), base + "output"),
                context.setting(base + "output"));
        if (input.isPresent() != output.isPresent()) {
            String missing = input.isPresent() ? "output" : "input";
            throw new IllegalArgumentException("price of '" + context.providerId() + ":" + model + "' needs both "
                    + "input and output: set " + ProviderSettings.key(context.providerId(), base + missing));
        }
        return input.map(in -> new Price(in, output.orElseThrow()));
    }

    private static String key(String provider, String model) {
        return provider + ":" + model;
    }
}

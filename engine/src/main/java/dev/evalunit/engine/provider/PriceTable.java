package dev.evalunit.engine.provider;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.evalunit.api.spi.ProviderContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).build();
    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("provider").addColumn("model")
            .addNumberColumn("input").addNumberColumn("output").addColumn("asOf").setAllowComments(true).build();

    private final Map<String, Price> prices;
    /**
     * What {@link #find} answered, by context (the same object: contexts are records whose hash is costly) and
     * model: a context's settings are its run's configuration, fixed for the run, and a run asks for a price per
     * planned call and per answer. A table meets one context per provider.
     */
    private volatile List<Found> found = List.of();

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** The shipped defaults. */
    static PriceTable defaults() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "price table resource " + RESOURCE + " is missing from the engine jar");
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the price table " + RESOURCE, e);
        }
    }

    /**
     * Reads rows of {@code provider,model,input,output,as_of}; {@code #} starts a comment line.
     *
     * @throws IllegalArgumentException naming the line and column of a row that does not fit
     */
    static PriceTable parse(Reader reader) throws IOException {
        Map<String, Price> prices = new HashMap<>();
        try (MappingIterator<Row> rows = CSV.readerFor(Row.class).with(SCHEMA).readValues(reader)) {
            while (rows.hasNextValue()) {
                Row row = rows.nextValue();
                prices.put(key(row.provider().trim(), row.model().trim()), new Price(row.input(), row.output()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(RESOURCE + (at == null ? "" : " line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": expected provider,model,input,output,as_of with numeric prices: "
                    + e.getOriginalMessage(), e);
        }
        return new PriceTable(prices);
    }

    /**
     * The price of a model: configured override first, then the defaults (exact name, then family).
     *
     * @throws IllegalArgumentException naming the setting when an override sets one of input and output only
     */
    Optional<Price> find(ProviderContext context, String model) {
        return foundFor(context).computeIfAbsent(model, asked -> look(context, asked));
    }

    private Map<String, Optional<Price>> foundFor(ProviderContext context) {
        for (Found known : found) {
            if (known.context() == context) {
                return known.prices();
            }
        }
        synchronized (this) {
            for (Found known : found) {
                if (known.context() == context) {
                    return known.prices();
                }
            }
            Found added = new Found(context, new ConcurrentHashMap<>());
            List<Found> more = new ArrayList<>(found);
            more.add(added);
            found = List.copyOf(more);
            return added.prices();
        }
    }

    private Optional<Price> look(ProviderContext context, String model) {
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

    /** The models the shipped table prices for a provider (empty for a provider it does not cover). */
    Set<String> models(String provider) {
        String prefix = provider + ":";
        return prices.keySet().stream().filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<Price> configured(ProviderContext context, String model) {
        String base = ProviderKeys.PRICE + "." + model + ".";
        Optional<Double> input = Settings.get(ProviderSettings.key(context.providerId(), base + "input"),
                context.setting(base + "input"), Settings::nonNegative);
        Optional<Double> output = Settings.get(ProviderSettings.key(context.providerId(), base + "output"),
                context.setting(base + "output"), Settings::nonNegative);
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

    /** The prices found for one context, by model. */
    private record Found(ProviderContext context, Map<String, Optional<Price>> prices) {
    }

    /** One row of the price table. */
    private record Row(String provider, String model, double input, double output, String asOf) {
    }
}

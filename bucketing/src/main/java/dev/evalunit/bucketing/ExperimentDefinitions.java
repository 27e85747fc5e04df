package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.JsonFields;
import dev.evalunit.bucketing.config.VariantConfigJson;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Reads experiment definitions from JSON, strictly: unknown fields are refused and every error names the
 * file and the field. The format mirrors the record; {@code mode} is {@code "stable"} (default) or
 * {@code "seed-compatible"}, dates are ISO-8601 instants or dates (midnight UTC):
 *
 * <pre>{@code
 * {"id": "exp_summarize_v2", "mode": "stable", "targetPercent": 20, "holdback": {"percent": 5},
 *  "variants": [{"id": "control", "weight": 50, "config": {"model": "anthropic:claude-sonnet-4-20250514"}},
 *               {"id": "treatment", "weight": 50, "config": {"model": "anthropic:claude-sonnet-4-20250514",
 *                "temperature": 0.2}}]}
 * }</pre>
 *
 * A seed-compatible definition is read as the source article's constructors read it, so a migrated
 * experiment behaves as it did: a {@code targetPercent} of 0 means 100 ({@code targetPercent || 100}) and a
 * missing or 0 {@code weight} means 50 ({@code weight || 50}), each with a warning naming the file and field.
 * Stable mode refuses both.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExperimentDefinitions {

    private static final System.Logger LOG = System.getLogger(ExperimentDefinitions.class.getName());

    private ExperimentDefinitions() {
    }

    /** Reads one experiment definition file; warnings go to the platform logger at WARNING level. */
    public static ExperimentDefinition read(Path file) {
        return read(file, ExperimentDefinitions::logWarning);
    }

    /** Reads one experiment definition file, handing each warning (file and field first) to {@code warnings}. */
    public static ExperimentDefinition read(Path file, Consumer<String> warnings) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read experiment file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses one experiment definition; warnings go to the platform logger at WARNING level.
     *
     * @param source the file name or description used in error messages
     */
    public static ExperimentDefinition parse(String json, String source) {
        return parse(json, source, ExperimentDefinitions::logWarning);
    }

    /**
     * Parses one experiment definition, handing each warning (source and field first) to {@code warnings}.
     *
     * @param source the file name or description used in error and warning messages
     */
    public static ExperimentDefinition parse(String json, String source, Consumer<String> warnings) {
        try {
            return definition(JsonFields.parse(json), warning -> warnings.accept(source + ": " + warning));
        } catch (InvalidConfigException e) {
            throw e.locatedIn(source, "");
        }
    }

    private static ExperimentDefinition definition(JsonFields root, Consumer<String> warnings) {
        String id = root.requiredString("id");
        ExperimentDefinition.Builder builder = ExperimentDefinition.builder(id);
        root.optionalString("name").ifPresent(builder::name);
        BucketingMode mode = root.optionalString("mode").map(text -> mode(text, root)).orElse(BucketingMode.STABLE);
        boolean asTheArticle = mode == BucketingMode.SEED_COMPATIBLE;
        builder.mode(mode);
        int phase = root.optionalInt("phase").orElse(1);
        builder.phase(phase, root.optionalString("salt").orElse(id));
        root.optionalBoolean("active").ifPresent(builder::active);
        root.optionalInstant("startDate").ifPresent(builder::startDate);
        root.optionalInstant("endDate").ifPresent(builder::endDate);
        root.optionalNumber("targetPercent")
                .ifPresent(percent -> builder.targetPercent(asTheArticle && percent == 0
                        ? articleDefault(root, "targetPercent", "0", 100, warnings) : percent));
        root.optionalObject("holdback").ifPresent(object -> {
            builder.holdback(object.build(() -> new Holdback(object.requiredNumber("percent"),
                    object.optionalString("salt").orElse(Holdback.DEFAULT_SALT))));
            object.rejectUnknown();
        });
        List<VariantDefinition> variants = new ArrayList<>();
        for (JsonFields variant : root.requiredObjects("variants")) {
            String variantId = variant.requiredString("id");
            double weight = asTheArticle ? articleWeight(variant, warnings) : variant.requiredNumber("weight");
            variants.add(variant.build(() -> new VariantDefinition(variantId,
                    variant.optionalString("name").orElse(variantId), weight,
                    VariantConfigJson.read(variant.requiredObject("config")))));
            variant.rejectUnknown();
        }
        variants.forEach(builder::variant);
        root.rejectUnknown();
        return root.build(builder::build);
    }

    /** The article's {@code weight || 50}: a missing or zero weight is 50. */
    private static double articleWeight(JsonFields variant, Consumer<String> warnings) {
        OptionalDouble weight = variant.optionalNumber("weight");
        if (weight.isPresent() && weight.getAsDouble() != 0) {
            return weight.getAsDouble();
        }
        return articleDefault(variant, "weight", weight.isPresent() ? "0" : "missing", 50, warnings);
    }

    private static double articleDefault(JsonFields fields, String field, String was, double value,
                                         Consumer<String> warnings) {
        warnings.accept("field '" + fields.pathOf(field) + "' is " + was + "; seed-compatible mode reads it as the "
                + "source article does (" + field + " || " + (int) value + "): " + (int) value);
        return value;
    }

    private static void logWarning(String warning) {
        LOG.log(System.Logger.Level.WARNING, warning);
    }

    private static BucketingMode mode(String text, JsonFields root) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "stable" -> BucketingMode.STABLE;
            case "seed-compatible" -> BucketingMode.SEED_COMPATIBLE;
            default -> throw root.error("mode", "must be \"stable\" or \"seed-compatible\", was '" + text + "'");
        };
    }
}

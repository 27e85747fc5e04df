package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.StrictJson;
import dev.evalunit.bucketing.config.VariantConfig;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static dev.evalunit.bucketing.config.StrictJson.required;
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
            return definition(StrictJson.read(json, Document.class), warning -> warnings.accept(source + ": " + warning));
        } catch (InvalidConfigException e) {
            throw e.locatedIn(source, "");
        }
    }

    /** The fields of a definition file as written; absent ones are null. */
    private record Document(String id, String name, String mode, Integer phase, String salt, Boolean active,
                            String startDate, String endDate, Double targetPercent, HoldbackFields holdback,
                            List<VariantFields> variants) {
    }

    private record HoldbackFields(Double percent, String salt) {
    }

    private record VariantFields(String id, String name, Double weight, VariantConfig config) {
    }

    private static ExperimentDefinition definition(Document root, Consumer<String> warnings) {
        String id = required(root.id(), "id", "a string");
        ExperimentDefinition.Builder builder = ExperimentDefinition.builder(id);
        if (root.name() != null) {
            builder.name(root.name());
        }
        BucketingMode mode = root.mode() == null ? BucketingMode.STABLE : mode(root.mode());
        boolean asTheArticle = mode == BucketingMode.SEED_COMPATIBLE;
        builder.mode(mode);
        builder.phase(root.phase() == null ? 1 : root.phase(), root.salt() == null ? id : root.salt());
        if (root.active() != null) {
            builder.active(root.active());
        }
        if (root.startDate() != null) {
            builder.startDate(StrictJson.instant(root.startDate(), "startDate"));
        }
        if (root.endDate() != null) {
            builder.endDate(StrictJson.instant(root.endDate(), "endDate"));
        }
        if (root.targetPercent() != null) {
            double percent = root.targetPercent();
            builder.targetPercent(asTheArticle && percent == 0
                    ? articleDefault("targetPercent", "0", 100, warnings) : percent);
        }
        HoldbackFields holdback = root.holdback();
        if (holdback != null) {
            builder.holdback(StrictJson.locatedAt("holdback", () -> new Holdback(
                    required(holdback.percent(), "percent", "a number"),
                    holdback.salt() == null ? Holdback.DEFAULT_SALT : holdback.salt())));
        }
        List<VariantFields> variants = required(root.variants(), "variants", "a non-empty array");
        if (variants.isEmpty()) {
            throw new InvalidConfigException("variants", "must be a non-empty array, was []");
        }
        for (int i = 0; i < variants.size(); i++) {
            builder.variant(variant(variants.get(i), "variants[" + i + "]", asTheArticle, warnings));
        }
        return builder.build();
    }

    private static VariantDefinition variant(VariantFields variant, String path, boolean asTheArticle,
                                             Consumer<String> warnings) {
        if (variant == null) {
            throw new InvalidConfigException(path, "must be an object, was null");
        }
        return StrictJson.locatedAt(path, () -> {
            String id = required(variant.id(), "id", "a string");
            double weight = asTheArticle ? articleWeight(variant.weight(), path, warnings)
                    : required(variant.weight(), "weight", "a number");
            return new VariantDefinition(id, variant.name() == null ? id : variant.name(), weight,
                    required(variant.config(), "config", "an object"));
        });
    }

    /** The article's {@code weight || 50}: a missing or zero weight is 50. */
    private static double articleWeight(Double weight, String path, Consumer<String> warnings) {
        if (weight != null && weight != 0) {
            return weight;
        }
        return articleDefault(path + ".weight", weight != null ? "0" : "missing", 50, warnings);
    }

    private static double articleDefault(String path, String was, double value, Consumer<String> warnings) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        warnings.accept("field '" + path + "' is " + was + "; seed-compatible mode reads it as the "
                + "source article does (" + field + " || " + (int) value + "): " + (int) value);
        return value;
    }

    private static void logWarning(String warning) {
        LOG.log(System.Logger.Level.WARNING, warning);
    }

    private static BucketingMode mode(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "stable" -> BucketingMode.STABLE;
            case "seed-compatible" -> BucketingMode.SEED_COMPATIBLE;
            default -> throw new InvalidConfigException("mode", "must be \"stable\" or \"seed-compatible\", was '" + text + "'");
        };
    }
}

package dev.evalunit.bucketing;

import dev.evalunit.bucketing.config.InvalidConfigException;
import dev.evalunit.bucketing.config.JsonFields;
import dev.evalunit.bucketing.config.VariantConfigJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 */
public final class ExperimentDefinitions {

    private ExperimentDefinitions() {
    }

    /** Reads one experiment definition file. */
    public static ExperimentDefinition read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read experiment file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses one experiment definition.
     *
     * @param source the file name or description used in error messages
     */
    public static ExperimentDefinition parse(String json, String source) {
        try {
            return definition(JsonFields.parse(json));
        } catch (InvalidConfigException e) {
            throw e.locatedIn(source, "");
        }
    }

    private static ExperimentDefinition definition(JsonFields root) {
        String id = root.requiredString("id");
        ExperimentDefinition.Builder builder = ExperimentDefinition.builder(id);
        root.optionalString("name").ifPresent(builder::name);
        root.optionalString("mode").map(text -> mode(text, root)).ifPresent(builder::mode);
        int phase = root.optionalInt("phase").orElse(1);
        builder.phase(phase, root.optionalString("salt").orElse(id));
        root.optionalBoolean("active").ifPresent(builder::active);
        root.optionalInstant("startDate").ifPresent(builder::startDate);
        root.optionalInstant("endDate").ifPresent(builder::endDate);
        root.optionalNumber("targetPercent").ifPresent(builder::targetPercent);
        root.optionalObject("holdback").ifPresent(object -> {
            builder.holdback(object.build(() -> new Holdback(object.requiredNumber("percent"),
                    object.optionalString("salt").orElse(Holdback.DEFAULT_SALT))));
            object.rejectUnknown();
        });
        List<VariantDefinition> variants = new ArrayList<>();
        for (JsonFields variant : root.requiredObjects("variants")) {
            String variantId = variant.requiredString("id");
            variants.add(variant.build(() -> new VariantDefinition(variantId,
                    variant.optionalString("name").orElse(variantId), variant.requiredNumber("weight"),
                    VariantConfigJson.read(variant.requiredObject("config")))));
            variant.rejectUnknown();
        }
        variants.forEach(builder::variant);
        root.rejectUnknown();
        return root.build(builder::build);
    }

    private static BucketingMode mode(String text, JsonFields root) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "stable" -> BucketingMode.STABLE;
            case "seed-compatible" -> BucketingMode.SEED_COMPATIBLE;
            default -> throw root.error("mode", "must be \"stable\" or \"seed-compatible\", was '" + text + "'");
        };
    }
}

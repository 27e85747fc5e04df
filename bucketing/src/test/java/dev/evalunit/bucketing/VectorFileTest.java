package dev.evalunit.bucketing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalunit.bucketing.config.VariantConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks both modes against the cross-language vector file made by {@code src/test/node/make-vectors.js}:
 * seed-compatible vectors from the source article's own Node functions, stable vectors from an independent
 * JavaScript implementation.
 */
class VectorFileTest {

    private static JsonNode vectors;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = VectorFileTest.class.getResourceAsStream("/vectors/bucketing-vectors.json")) {
            vectors = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void seedCompatibleModeReproducesTheNodeAssignments() {
        JsonNode cases = vectors.get("seedCompatible");
        assertThat(cases.size()).isGreaterThan(500);
        for (JsonNode c : cases) {
            String unit = c.get("unitId").textValue();
            String experimentId = c.get("experimentId").textValue();
            assertThat(String.format("%08x", Md5.first32(unit, ":" + experimentId))).as(c.toString())
                    .isEqualTo(c.get("md5Prefix").textValue());
            ExperimentDefinition definition = definition(experimentId, BucketingMode.SEED_COMPATIBLE, c, experimentId);
            assertThat(expected(Bucketer.of(definition).variantIndex(unit, definition.targetPercent())))
                    .as(c.toString()).isEqualTo(c.get("variantIndex").asText());
        }
    }

    @Test
    void stableModeReproducesTheIndependentJavaScriptImplementation() {
        for (JsonNode check : vectors.get("murmur3Checks")) {
            assertThat(Integer.toUnsignedLong(Murmur3.hash(check.get(0).textValue()))).isEqualTo(check.get(1).longValue());
        }
        JsonNode cases = vectors.get("stable");
        assertThat(cases.size()).isGreaterThan(400);
        for (JsonNode c : cases) {
            String unit = c.get("unitId").textValue();
            String salt = c.get("salt").textValue();
            assertThat(StableBucketer.bucket(Murmur3.withPrefix(salt + ":traffic:"), unit)).isEqualTo(c.get("trafficBucket").intValue());
            assertThat(StableBucketer.bucket(Murmur3.withPrefix(salt + ":split:"), unit)).isEqualTo(c.get("splitBucket").intValue());
            ExperimentDefinition definition = definition("exp", BucketingMode.STABLE, c, salt);
            assertThat(expected(Bucketer.of(definition).variantIndex(unit, definition.targetPercent())))
                    .as(c.toString()).isEqualTo(c.get("result").asText());
        }
    }

    private static ExperimentDefinition definition(String id, BucketingMode mode, JsonNode c, String salt) {
        ExperimentDefinition.Builder builder = ExperimentDefinition.builder(id).mode(mode).phase(1, salt)
                .targetPercent(c.get("targetPercent").doubleValue());
        JsonNode weights = c.get("weights");
        for (int i = 0; i < weights.size(); i++) {
            builder.variant("v" + i, weights.get(i).doubleValue(), VariantConfig.of("test:model"));
        }
        if (c.has("holdbackPercent") && c.get("holdbackPercent").doubleValue() > 0) {
            builder.holdback(new Holdback(c.get("holdbackPercent").doubleValue(), c.get("holdbackSalt").textValue()));
        }
        return builder.build();
    }

    private static String expected(int index) {
        return switch (index) {
            case Bucketer.HOLDBACK -> "HOLDBACK";
            case Bucketer.NOT_IN_TRAFFIC -> "NOT_IN_TRAFFIC";
            default -> Integer.toString(index);
        };
    }
}

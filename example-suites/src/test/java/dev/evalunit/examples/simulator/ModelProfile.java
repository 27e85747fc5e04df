package dev.evalunit.examples.simulator;

import java.util.Locale;

/**
 * How a simulated model behaves, from its name: larger models make fewer mistakes and are slower; smaller ones
 * ({@code mini}, {@code nano}, {@code haiku}, {@code small}, a size up to 8b) are faster and slightly worse.
 *
 * @param tier           the size class
 * @param mistakes       scales the model's error probabilities and its selection noise (1 = a large model)
 * @param firstTokenMs   median time to the first token
 * @param perTokenMs     median time per output token
 */
record ModelProfile(Tier tier, double mistakes, double firstTokenMs, double perTokenMs) {

    /** The size classes. */
    enum Tier { LARGE, SMALL }

    static final ModelProfile LARGE = new ModelProfile(Tier.LARGE, 1.0, 420, 16);
    static final ModelProfile SMALL = new ModelProfile(Tier.SMALL, 1.3, 260, 7);

    static ModelProfile of(String model) {
        String name = model.toLowerCase(Locale.ROOT);
        boolean small = name.matches(".*(mini|nano|haiku|small|lite|flash|[:-]([1-8](\\.\\d)?)b).*");
        return small ? SMALL : LARGE;
    }
}

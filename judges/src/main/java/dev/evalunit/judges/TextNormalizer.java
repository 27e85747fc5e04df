package dev.evalunit.judges;

import dev.evalunit.api.spi.ScorerConfigException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is normalised before it is compared. Unicode normalisation (NFC by default) makes a
 * precomposed "é" equal to "e" followed by a combining accent.
 *
 * @param unicode            the Unicode normal form ({@link Form#NONE} keeps the text as is)
 * @param trim               strip leading and trailing whitespace
 * @param collapseWhitespace turn every run of whitespace into one space
 * @param ignoreCase         compare case-folded text (full folding: {@code STRASSE} equals {@code straße})
 * @param ignorePunctuation  drop Unicode punctuation
 */
public record TextNormalizer(Form unicode, boolean trim, boolean collapseWhitespace, boolean ignoreCase,
                             boolean ignorePunctuation) {

    /** The normalisation options. */
    public static final Set<String> KEYS =
            Set.of("unicode", "trim", "collapseWhitespace", "ignoreCase", "ignorePunctuation");

    /** Unicode normal forms. */
    public enum Form { NFC, NFKC, NONE }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");

    /** NFC, trimmed, case and punctuation kept: the default for comparing answers. */
    public static final TextNormalizer EXACT = new TextNormalizer(Form.NFC, true, false, false, false);
    /** NFC, trimmed, whitespace collapsed, case and punctuation ignored: the default for labels. */
    public static final TextNormalizer LOOSE = new TextNormalizer(Form.NFC, true, true, true, true);

    /**
     * Reads the normalisation options.
     *
     * @param defaults the scorer's defaults for options the declaration leaves out
     */
    public static TextNormalizer from(Options options, TextNormalizer defaults) throws ScorerConfigException {
        String form = options.string("unicode").orElse(defaults.unicode.name()).toUpperCase(Locale.ROOT);
        Form unicode;
        try {
            unicode = Form.valueOf(form);
        } catch (IllegalArgumentException e) {
            throw options.problem("unicode", "must be one of nfc, nfkc, none; was '" + form.toLowerCase(Locale.ROOT) + "'");
        }
        return new TextNormalizer(unicode, options.bool("trim", defaults.trim),
                options.bool("collapseWhitespace", defaults.collapseWhitespace),
                options.bool("ignoreCase", defaults.ignoreCase),
                options.bool("ignorePunctuation", defaults.ignorePunctuation));
    }

    public String apply(String text) {
        String result = switch (unicode) {
            case NFC -> Normalizer.normalize(text, Normalizer.Form.NFC);
            case NFKC -> Normalizer.normalize(text, Normalizer.Form.NFKC);
            case NONE -> text;
        };
        if (ignorePunctuation) {
            result = PUNCTUATION.matcher(result).replaceAll("");
        }
        if (collapseWhitespace) {
            result = WHITESPACE.matcher(result).replaceAll(" ");
        }
        if (trim) {
            result = result.strip();
        }
        if (ignoreCase) {
            // upper-casing first spells out the multi-character foldings (ß → SS → ss) lower-casing alone misses
            result = result.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        }
        return result;
    }

    /** Only this normaliser's Unicode normal form (for text whose case and spaces carry meaning, like a pattern). */
    public TextNormalizer unicodeOnly() {
        return new TextNormalizer(unicode, false, false, false, false);
    }
}

package dev.evalunit.judges;

import dev.evalunit.api.Case;
import dev.evalunit.api.spi.ScorerConfigException;

import java.util.Optional;
import java.util.Set;

/**
 * Where a scorer's reference text comes from: a literal {@code value} in the declaration or a case
 * {@code field} of the dataset (checked at discovery against the dataset's fields).
 *
 * @param literal the literal value, when the declaration gives one
 * @param field   the case field, when the declaration names one
 */
public record Reference(Optional<String> literal, Optional<String> field) {

    /** The option holding a literal reference. */
    public static final String VALUE = "value";
    /** The option naming the case field that holds the reference. */
    public static final String FIELD = "field";
    /** Both reference options. */
    public static final Set<String> KEYS = Set.of(VALUE, FIELD);

    /**
     * Reads exactly one of {@code value} and {@code field}.
     *
     * @throws ScorerConfigException when both or neither are given, or the field is not in the dataset
     */
    public static Reference required(Options options) throws ScorerConfigException {
        Optional<String> literal = options.string(VALUE);
        Optional<String> field = options.caseField(FIELD);
        if (literal.isPresent() == field.isPresent()) {
            throw options.problem("needs exactly one of option 'value' (the expected text) or option 'field' "
                    + "(the case field holding it)");
        }
        return new Reference(literal, field);
    }

    /** The reference text for a case; empty when the case's field is missing (it is checked at discovery). */
    public Optional<String> text(Case testCase) {
        return literal.isPresent() ? literal : testCase.text(field.orElseThrow());
    }

    /** How a missing reference is explained in an error score. */
    public String missingIn(Case testCase) {
        return "case '" + testCase.id() + "' has no field '" + field.orElse("?") + "'";
    }
}

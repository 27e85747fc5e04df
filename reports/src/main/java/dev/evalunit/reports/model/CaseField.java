package dev.evalunit.reports.model;

import java.util.Objects;

/**
 * One dataset field of a case, as the case table shows it.
 *
 * @param name the field name
 * @param text its value as text (lists and maps as JSON), shortened for the page
 */
public record CaseField(String name, String text) {

    public CaseField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}

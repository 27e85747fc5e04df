package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * One dataset field of a case, as the case table shows it.
 *
 * @param name the field name
 * @param text its value as text (lists and maps as JSON), shortened for the page
 */
@API(status = INTERNAL, since = "0.1")
public record CaseField(String name, String text) {

    public CaseField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}

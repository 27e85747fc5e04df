package dev.evalunit.reports.model;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The operations rows of the variants table: all of them for the HTML report, and the headline few (error
 * rates, cost per request, p95 latency) that the Markdown summary keeps short with.
 *
 * @param all      every operations row, in table order
 * @param headline the rows the summary shows, in the same order
 */
@API(status = INTERNAL, since = "0.1")
public record OperationRows(List<MetricRow> all, List<MetricRow> headline) {

    public OperationRows {
        all = List.copyOf(all);
        headline = List.copyOf(headline);
    }
}

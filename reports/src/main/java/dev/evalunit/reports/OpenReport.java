package dev.evalunit.reports;

import dev.evalunit.reports.model.RunReport;

import java.io.IOException;

/**
 * A built report whose case rows still read from the run's {@code results.jsonl}; close it after rendering.
 *
 * @param report the report
 * @param rows   the case rows backing {@code report.cases()}
 */
record OpenReport(RunReport report, CaseRows rows) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        rows.close();
    }
}

package dev.evalunit.reports;

import dev.evalunit.archrules.ApiBoundary;
import org.junit.jupiter.api.Test;

/** This module's public types state their API status, and its packages form no cycle. */
class ApiBoundaryTest {

    @Test
    void publicTypesStateTheirStatusAndPackagesFormNoCycle() {
        ApiBoundary.module().check();
    }
}

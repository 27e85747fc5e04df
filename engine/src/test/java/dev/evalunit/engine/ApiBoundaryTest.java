package dev.evalunit.engine;

import dev.evalunit.archrules.ApiBoundary;
import org.junit.jupiter.api.Test;

/** The API packages use neither the engine's internals nor Jackson; every public type states its status; no package cycle. */
class ApiBoundaryTest {

    @Test
    void apiPackagesStayFreeOfInternalsAndEveryPublicTypeStatesItsStatus() {
        ApiBoundary.module().api("dev.evalunit.api..").internal("dev.evalunit.engine..").check();
    }
}

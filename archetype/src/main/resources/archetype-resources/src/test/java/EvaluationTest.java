package ${package};

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every evaluation suite through the evalunit engine: the YAML suites under {@code src/test/resources/evals}
 * and the {@code *Eval} classes of this package. Surefire runs it because its name ends in {@code Test}.
 */
@Suite
@IncludeEngines("evalunit")
@SelectPackages({"evals", "${package}"})
@IncludeClassNamePatterns(".*Eval")
class EvaluationTest {
}

package dev.evalunit.engine;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the YAML suites under {@code src/test/resources/evals} from Maven Surefire, the way a project
 * using EvalUnit runs its own. The fixtures for EngineTestKit live elsewhere, so they never run here.
 */
@Suite
@IncludeEngines("evalunit")
@SelectPackages("evals")
class YamlSuitesTest {
}

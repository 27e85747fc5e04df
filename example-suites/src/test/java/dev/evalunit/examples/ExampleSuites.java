package dev.evalunit.examples;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The main job: every example suite - the YAML suites under {@code src/test/resources/examples} and the
 * {@code @EvalSuite} classes of this package - through the evalunit engine. Run it with the {@code examples}
 * profile ({@code mvn -B -pl example-suites -am clean verify -Pexamples}); without an API key the providers are
 * answered by the offline simulator ({@link dev.evalunit.examples.simulator.SimulatorSession}). The run id is
 * {@code examples}, so each suite's report and winner land in {@code target/evalunit/<suite-id>/examples/}; 16 calls
 * per provider may be in flight (the scheduler halves that on a rate limit).
 */
@Suite
@IncludeEngines("evalunit")
@SelectPackages({"examples", "dev.evalunit.examples"})
@IncludeClassNamePatterns(".*Eval")
@ConfigurationParameter(key = "evalunit.run.id", value = "examples")
@ConfigurationParameter(key = "evalunit.judge.model", value = "openai:gpt-4o-mini")
@ConfigurationParameter(key = "evalunit.provider.openai.max-concurrency", value = "16")
@ConfigurationParameter(key = "evalunit.provider.anthropic.max-concurrency", value = "16")
class ExampleSuites {
}

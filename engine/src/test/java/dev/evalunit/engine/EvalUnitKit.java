package dev.evalunit.engine;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;

/** The evalunit engine under EngineTestKit, writing its run output to a test's temporary directory. */
final class EvalUnitKit {

    private EvalUnitKit() {
    }

    static EngineTestKit.Builder engine(Path output, DiscoverySelector... selectors) {
        return EngineTestKit.engine(Constants.ENGINE_ID)
                .configurationParameter(Constants.OUTPUT_DIRECTORY, output.toString())
                .configurationParameter(Constants.RUN_ID, "test-run")
                .selectors(selectors);
    }
}

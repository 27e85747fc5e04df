package dev.evalunit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;

class EmptyRunTest {

    @TempDir
    Path output;

    /** Settings that only building the thread pool and the scheduler reads: malformed, they would fail that build. */
    @Test
    void aRunWithoutSuitesBuildsNoThreadPoolOrSchedulerAndFinishes() {
        EngineExecutionResults results = EvalUnitKit.engine(output, selectClass(String.class))
                .configurationParameter(Constants.EXECUTION_APPLICATION_THREADS, "many")
                .configurationParameter(Constants.RETRY_BASE_DELAY, "soon")
                .execute();

        results.allEvents().assertThatEvents().haveExactly(1, event(engine(), finishedSuccessfully()));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(), finishedSuccessfully()));
        results.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(output).isEmptyDirectory();
    }
}

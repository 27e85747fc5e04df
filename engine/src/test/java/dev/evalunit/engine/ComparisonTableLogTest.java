package dev.evalunit.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** The comparison table goes to a logger the user can route, not to standard output. */
class ComparisonTableLogTest {

    private static final Logger TABLE = Logger.getLogger(ComparisonDescriptor.TABLE_LOGGER);

    @TempDir
    Path output;

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final PrintStream standardOutput = System.out;

    @AfterEach
    void restore() {
        TABLE.removeHandler(handler);
        System.setOut(standardOutput);
    }

    @Test
    void theTableIsLoggedAtInfoAndNothingOfItIsPrintedOnStandardOutput() {
        TABLE.addHandler(handler);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));

        EvalUnitKit.engine(output, selectClasspathResource("fixtures/decisions/decisions.eval.yaml"))
                .configurationParameter(Constants.PROGRESS_INTERVAL, Constants.PROGRESS_OFF).execute();

        assertThat(records).singleElement().satisfies(logged -> {
            assertThat(logged.getLevel()).isEqualTo(Level.INFO);
            assertThat(logged.getMessage()).contains("comparison of Decisions (baseline polite", "keep: polite");
        });
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("comparison of Decisions");
    }
}

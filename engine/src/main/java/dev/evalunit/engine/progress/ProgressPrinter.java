package dev.evalunit.engine.progress;

import dev.evalunit.api.run.RunProgress;
import org.junit.platform.engine.reporting.ReportEntry;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Prints a suite's progress line at a steady interval, one whole line each time (no carriage returns or cursor
 * movement, so logs read the same as terminals), and publishes the same line as a {@link ReportEntry}
 * ({@code progress}) on the suite node for IDEs and the console launcher. When it printed anything, closing it
 * prints the last line.
 */
public final class ProgressPrinter implements AutoCloseable {

    /** The report entry key. */
    public static final String ENTRY_KEY = "progress";

    private static final System.Logger LOG = System.getLogger(ProgressPrinter.class.getName());

    private final String suiteId;
    private final Supplier<RunProgress> progress;
    private final PrintStream out;
    private final Consumer<ReportEntry> entries;
    private final ScheduledExecutorService timer;
    private volatile boolean printed;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ProgressPrinter(String suiteId, Supplier<RunProgress> progress, PrintStream out,
                            Consumer<ReportEntry> entries) {
        this.suiteId = suiteId;
        this.progress = progress;
        this.out = out;
        this.entries = entries;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "evalunit-progress-" + suiteId);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts printing every {@code interval}, the first line one interval from now.
     *
     * @param progress a fresh snapshot each time it is asked
     * @param out      where lines go (standard output in the engine)
     * @param entries  publishes a report entry on the suite node
     */
    public static ProgressPrinter start(String suiteId, Duration interval, Supplier<RunProgress> progress,
                                        PrintStream out, Consumer<ReportEntry> entries) {
        ProgressPrinter printer = new ProgressPrinter(suiteId, progress, out, entries);
        long nanos = interval.toNanos();
        printer.timer.scheduleAtFixedRate(printer::print, nanos, nanos, TimeUnit.NANOSECONDS);
        return printer;
    }

    private void print() {
        try {
            String line = progress.get().line();
            out.println("evalunit " + suiteId + ": " + line);
            entries.accept(ReportEntry.from(ENTRY_KEY, line));
            printed = true;
        } catch (RuntimeException e) {
            // a progress line is never worth failing the run for; say why it is missing
            LOG.log(System.Logger.Level.WARNING, "evalunit " + suiteId + ": no progress line: " + e, e);
        }
    }

    /**
     * Stops the timer (waiting for a line being printed) and prints the last line if any was printed before.
     * Closing again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (printed) {
            print();
        }
    }
}

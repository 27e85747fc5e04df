package dev.evalunit.reports;

import dev.evalunit.engine.files.RunFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Command line: re-renders {@code report.html} and {@code summary.md} of a run directory from its
 * {@code summary.json} and {@code results.jsonl}, e.g. after upgrading EvalUnit or for a run copied from CI.
 * <pre>
 * java -cp "$CP" dev.evalunit.reports.RenderReport target/evalunit/support-bot/20261121-080000-000
 * mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.evalunit.reports.RenderReport \
 *     -Dexec.args="target/evalunit/support-bot"
 * </pre>
 * ({@code $CP} as the README's "Re-render and compare" section builds it; {@code exec:java} in a project
 * that has {@code evalunit-reports} as a test dependency.)
 * The argument is a run directory, or a suite directory whose {@code latest} pointer names the run.
 * Exit status: 0 when written, 2 on bad usage or an unreadable run directory (the message says why).
 */
public final class RenderReport {

    private RenderReport() {
    }

    /** Re-renders the run named by the single argument; exits with the status described above. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].startsWith("-")) {
            err.println("usage: RenderReport <run-directory | suite-directory>");
            err.println("  re-renders report.html and summary.md of target/evalunit/<suite-id>/<run-id>"
                    + " (a suite directory means its latest run)");
            return 2;
        }
        try {
            Path run = RunDirectories.resolve(new RunFiles(), Path.of(args[0]));
            ReportWriter.Written written = new ReportWriter().write(run);
            out.println("wrote " + written.html());
            out.println("wrote " + written.markdown());
            return 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("cannot render the report: " + e.getMessage());
            return 2;
        }
    }
}

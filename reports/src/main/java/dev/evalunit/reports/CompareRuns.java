package dev.evalunit.reports;

import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.reports.model.RunComparison;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Command line: compares two runs of the same suite and reports regressions per case (passed before, fails
 * now) and per metric (paired change over the common cases whose 95% interval lies on the worse side).
 * <pre>
 * java -cp "$CP" dev.evalunit.reports.CompareRuns target/evalunit/support-bot/run-a target/evalunit/support-bot/run-b
 * </pre>
 * Prints the Markdown comparison and writes {@code comparison.html} and {@code comparison.md} into the
 * later run's directory (or {@code --out <directory>}). Exit status: 0 without regressions, 1 with
 * regressions, 2 on bad usage or unreadable runs.
 */
public final class CompareRuns {

    /** The HTML comparison's file name. */
    public static final String HTML = "comparison.html";
    /** The Markdown comparison's file name. */
    public static final String MARKDOWN = "comparison.md";

    private CompareRuns() {
    }

    /** Compares the two runs named by the arguments; exits with the status described above. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean withOut = args.length == 4 && args[2].equals("--out");
        if (args.length != 2 && !withOut) {
            err.println("usage: CompareRuns <earlier-run> <later-run> [--out <directory>]");
            err.println("  each run is target/evalunit/<suite-id>/<run-id> (or a suite directory: its latest run)");
            return 2;
        }
        try {
            RunFiles files = new RunFiles();
            Path before = RunDirectories.resolve(files, Path.of(args[0]));
            Path after = RunDirectories.resolve(files, Path.of(args[1]));
            Path target = withOut ? Files.createDirectories(Path.of(args[3])) : after;
            RunComparison comparison = new RunComparisons().compare(before, after);
            Templates templates = new Templates();
            StringWriter markdown = new StringWriter();
            templates.render("compare.ftl", Map.of("comparison", comparison), markdown);
            Files.writeString(target.resolve(MARKDOWN), markdown.toString(), StandardCharsets.UTF_8);
            try (Writer html = Files.newBufferedWriter(target.resolve(HTML), StandardCharsets.UTF_8)) {
                templates.render("compare.ftlh", Map.of("comparison", comparison), html);
            }
            out.print(markdown);
            out.println();
            out.println("wrote " + target.resolve(HTML));
            return comparison.regressed() ? 1 : 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("cannot compare the runs: " + e.getMessage());
            return 2;
        }
    }
}

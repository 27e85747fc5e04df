package dev.evalunit.maven.promptfoo;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the promptfoo import:
 * {@code java -cp evalunit-maven-plugin.jar:snakeyaml.jar:jackson-*.jar dev.evalunit.maven.promptfoo.PromptfooImport
 * promptfooconfig.yaml out-dir [--id suite-id] [--model provider:model]}. Writes the suite and its dataset, prints
 * what was not converted, exits 0, or 2 on bad input with the reason.
 */
@API(status = INTERNAL, since = "0.1")
public final class PromptfooImport {

    private PromptfooImport() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2 || args.size() % 2 != 0) {
            err.println("usage: PromptfooImport <promptfooconfig.yaml> <output directory> [--id <suite id>]"
                    + " [--model <provider:model>]");
            return 2;
        }
        Optional<String> id = Optional.empty();
        Optional<String> model = Optional.empty();
        for (int i = 2; i < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--id" -> id = Optional.of(args.get(i + 1));
                case "--model" -> model = Optional.of(args.get(i + 1));
                default -> {
                    err.println("unknown option " + args.get(i) + "; the options are --id and --model");
                    return 2;
                }
            }
        }
        try {
            ImportedSuite suite = PromptfooConverter.convert(Path.of(args.get(0)), id, model);
            Path written = suite.write(Path.of(args.get(1)));
            report(suite, written, out);
            return 0;
        } catch (PromptfooImportException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot write into " + args.get(1) + ": " + e.getMessage());
            return 2;
        }
    }

    /** Prints where the suite went and what was not converted. */
    static void report(ImportedSuite suite, Path written, PrintStream out) {
        out.println("wrote " + written + " and its dataset " + suite.suiteId() + ".jsonl (" + suite.cases().size()
                + " cases)");
        if (suite.unconverted().isEmpty()) {
            out.println("everything was converted");
        } else {
            out.println("not converted (" + suite.unconverted().size() + "):");
            suite.unconverted().forEach(u -> out.println("  - " + u));
        }
    }
}

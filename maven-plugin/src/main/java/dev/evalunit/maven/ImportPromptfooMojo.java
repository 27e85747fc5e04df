package dev.evalunit.maven;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.evalunit.maven.promptfoo.ImportedSuite;
import dev.evalunit.maven.promptfoo.PromptfooConverter;
import dev.evalunit.maven.promptfoo.PromptfooImportException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Converts a promptfoo config into an EvalUnit suite and its dataset ({@code <id>.eval.yaml}, {@code <id>.jsonl}),
 * and lists what could not be converted:
 * {@code mvn dev.evalunit:evalunit-maven-plugin:import-promptfoo -Devalunit.promptfoo.config=promptfooconfig.yaml}.
 */
@Mojo(name = "import-promptfoo", requiresProject = false, threadSafe = true)
@API(status = INTERNAL, since = "0.1")
public final class ImportPromptfooMojo extends AbstractMojo {

    /** The promptfoo config to convert. */
    @Parameter(property = "evalunit.promptfoo.config", defaultValue = "promptfooconfig.yaml")
    private File config;

    /** Where the suite and its dataset are written. */
    @Parameter(property = "evalunit.promptfoo.output", defaultValue = "src/test/resources/evals")
    private File output;

    /** The suite id; default: the name of the config's directory. */
    @Parameter(property = "evalunit.promptfoo.id")
    private String id;

    /** A model every variant uses instead of the config's providers, e.g. {@code inprocess:echo} for a dry run. */
    @Parameter(property = "evalunit.promptfoo.model")
    private String model;

    @Override
    public void execute() throws MojoFailureException {
        try {
            ImportedSuite suite = PromptfooConverter.convert(config.toPath(), Optional.ofNullable(id),
                    Optional.ofNullable(model));
            Path written = suite.write(output.toPath());
            getLog().info("wrote " + written + " and its dataset " + suite.suiteId() + ".jsonl (" + suite.cases().size()
                    + " cases)");
            suite.unconverted().forEach(u -> getLog().warn("not converted: " + u));
        } catch (PromptfooImportException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoFailureException("cannot write into " + output + ": " + e.getMessage(), e);
        }
    }
}

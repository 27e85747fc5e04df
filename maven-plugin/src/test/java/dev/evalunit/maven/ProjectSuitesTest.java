package dev.evalunit.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectSuitesTest {

    @TempDir
    Path project;

    @Test
    void yamlSuitesAndEvalSuiteClassesAreFoundOtherFilesAreNot() throws IOException {
        Path resources = Files.createDirectories(project.resolve("src/test/resources/evals"));
        Path sources = Files.createDirectories(project.resolve("src/test/java/com/example"));
        Files.writeString(resources.resolve("faq.eval.yaml"), "id: faq\n");
        Files.writeString(resources.resolve("faq.jsonl"), "{}\n");
        Files.writeString(sources.resolve("FaqEval.java"), "@EvalSuite(id = \"faq\")\nclass FaqEval {}\n");
        Files.writeString(sources.resolve("FaqTest.java"), "class FaqTest {}\n");

        List<Path> suites = ProjectSuites.find(List.of(project.resolve("src/test/resources"),
                project.resolve("src/test/java"), project.resolve("src/it")));

        assertThat(suites).containsExactly(sources.resolve("FaqEval.java"), resources.resolve("faq.eval.yaml"));
    }
}

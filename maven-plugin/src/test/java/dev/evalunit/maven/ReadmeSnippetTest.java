package dev.evalunit.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maven snippet of README's "Add EvalUnit to your project" is the build section of the archetype's POM,
 * which the {@code archetype} integration test generates and builds.
 */
class ReadmeSnippetTest {

    private static final String HEADING = "## Add EvalUnit to your project";
    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmeSnippetIsTheArchetypePomThatTheIntegrationTestBuilds() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf(HEADING));
        int start = section.indexOf("```xml\n") + "```xml\n".length();
        String snippet = section.substring(start, section.indexOf("```", start));
        String pom = Files.readString(ROOT.resolve("archetype/src/main/resources/archetype-resources/pom.xml"),
                StandardCharsets.UTF_8);
        String built = pom.substring(pom.indexOf("<dependencyManagement>"), pom.indexOf("</build>") + "</build>".length())
                .replace("${evalunitVersion}", System.getProperty("evalunit.version"));

        assertThat(lines(snippet)).isEqualTo(lines(built));
    }

    private static String lines(String xml) {
        return Arrays.stream(xml.split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}

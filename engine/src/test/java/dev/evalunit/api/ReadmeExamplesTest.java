package dev.evalunit.api;

import dev.evalunit.api.run.Score;
import dev.evalunit.api.spi.Message;
import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.spi.ScoringInput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Java suite example, compiled: {@link SupportBotEval} below is the README's block with its
 * elided bodies written out, and the test fails when a line of the README's block is not in this file, so the
 * README cannot show API that does not compile.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_FILE = Path.of("src", "test", "java", "dev", "evalunit", "api",
            "ReadmeExamplesTest.java");

    @Test
    void everyLineOfTheReadmeSuiteExampleIsInThisCompiledFile() throws IOException {
        List<String> block = javaBlockStartingWith("@EvalSuite(");
        String source = normalized(Files.readString(THIS_FILE));

        assertThat(block).hasSizeGreaterThan(10);
        for (String line : block) {
            String code = line.replaceFirst("\\s*//.*$", "").replace("{ ... }", "").strip();
            assertThat(source).as("README line: %s", line).contains(normalized(code));
        }
    }

    private static List<String> javaBlockStartingWith(String firstLine) throws IOException {
        List<String> lines = Files.readAllLines(README);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("```java") && lines.get(i + 1).startsWith(firstLine)) {
                List<String> block = new ArrayList<>();
                for (int j = i + 1; !lines.get(j).equals("```"); j++) {
                    block.add(lines.get(j));
                }
                return block;
            }
        }
        throw new AssertionError(README + " has no ```java block starting with " + firstLine);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The team's own code the README's suite calls. */
    static final class SupportService {
        String answer(String question, Variant variant, ModelClient client) {
            ModelRequest request = new ModelRequest(variant.model(), List.of(Message.user(question)),
                    variant.params(), 0);
            return client.call(request).join().text();
        }
    }

    // README block, bodies written out:
    @EvalSuite(id = "support-bot", repeats = 3, passRate = 0.67)
    @UseScorer(name = "contains", options = "field: expected", threshold = 1.0)
    static class SupportBotEval {
        private final SupportService service = new SupportService();

        @Dataset Stream<Case> cases() {
            return Stream.of(Case.of("refund", Map.of("question", "Can I get a refund?", "expected", "refund")));
        }

        @Variants List<Variant> prompts() {
            return List.of(new Variant("short", "Short answers", ModelRef.parse("inprocess:canned"),
                    Optional.of("Answer in one sentence."), Optional.empty(), SamplingParams.DEFAULTS));
        }

        @EvalVariant(id = "rag-v2", model = "openai:gpt-4o-mini", temperature = 0.2)
        String ragV2(Case c, Variant v, ModelClient client) {
            return service.answer(c.text("question").orElseThrow(), v, client);
        }

        @EvalScorer(threshold = 0.5) Score politeness(ScoringInput in) {
            boolean polite = in.sample().output().orElse("").contains("please");
            return Score.of("politeness", polite ? 1 : 0, polite, null);
        }

        @InProcessModel("canned") String canned(ModelRequest request) {
            return "We refund within 30 days, please keep the receipt.";
        }
    }
}

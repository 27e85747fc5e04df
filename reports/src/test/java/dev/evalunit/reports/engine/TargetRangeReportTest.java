package dev.evalunit.reports.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** A metric with a target range reads "closer to 2–3 is better" and its best cell is the variant closest to it. */
class TargetRangeReportTest {

    @TempDir
    Path output;

    @Test
    void theRangeRowReadsCloserToTheRangeAndHighlightsTheVariantInsideIt() throws IOException {
        EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", output.toString())
                .configurationParameter("evalunit.run.id", "range-run")
                .selectors(selectClass(TargetRangeSuite.class))
                .execute();

        String html = Files.readString(output.resolve("target-range/range-run/report.html"), StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("<tr><td>sentences <span class=\"pill base\">primary</span>.*?</tr>")
                .matcher(html);
        assertThat(row.find()).as("the sentences row").isTrue();
        String sentences = row.group();
        assertThat(sentences).contains("◎ closer to 2–3 is better").doesNotContain("higher is better");
        // the long variant's mean (4.5) is higher, the brief one's (2.5) is inside the range: brief is best
        String[] cells = sentences.split("<td class=\"num");
        assertThat(cells).hasSize(3);
        assertThat(cells[1]).startsWith("\"").contains("4.5");
        assertThat(cells[2]).startsWith(" best\"").contains("2.5");
        assertThat(html).contains("differences of the distance to the range: closer to 2–3 is better")
                .contains("cases, worst first (above 0 is worse: farther from the range; closer to 2–3 is better)")
                .contains("data-sign=\"-1\"");
    }
}

package dev.evalunit.reports;

import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.SampleRecord;
import dev.evalunit.reports.engine.ReviewSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The review in a real browser: the engine runs {@link ReviewSuite}, headless Chromium loads its report, and the
 * "worse under treatment" filter shows exactly the cases whose paired difference (computed here from
 * {@code results.jsonl}) is negative.
 */
class ReviewBrowserTest {

    @TempDir
    Path temp;

    @Test
    void theWorseUnderTreatmentFilterShowsExactlyTheCasesWithANegativePairedDifference() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "Chromium is not installed at " + HeadlessChromium.EXECUTABLE
                + "; skipping the browser check (install Debian's 'chromium' package, as .ci/run does)");
        EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", temp.resolve("out").toString())
                .configurationParameter("evalunit.run.id", "review-run")
                .selectors(selectClass(ReviewSuite.class))
                .execute();
        Path run = temp.resolve("out/review/review-run");

        TreeSet<String> negative = negativeDifferences(run);
        assertThat(negative).as("the suite is built so").containsExactlyInAnyOrderElementsOf(ReviewSuite.WORSE);

        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("4 worse · 2 same · 6 better");
        assertThat(html.split("<rect class=\"bar worse\"", -1)).hasSize(4 + 1);
        Map<String, String> shown = new HeadlessChromium(temp).drive(run.resolve("report.html"), DRIVER);

        assertThat(new TreeSet<>(List.of(shown.get("worse").split(",")))).isEqualTo(negative);
        assertThat(shown.get("worseStatus")).isEqualTo("Cases 1–4 of 4 (filtered from 12)");
        assertThat(shown.get("flippedToFail")).as("every case passes at the suite's pass rate 0").isEmpty();
        assertThat(shown.get("better").split(",")).containsExactlyInAnyOrder("q2", "q5", "q8", "q11", "q6", "q12");
        assertThat(List.of(shown.get("worseFirst").split(",")).subList(0, 4))
                .containsExactlyInAnyOrderElementsOf(negative);
    }

    /** Cases whose mean quality over the repeats is lower under the treatment than under the baseline. */
    private static TreeSet<String> negativeDifferences(Path run) throws Exception {
        Map<String, Map<String, Double>> means;
        try (Stream<SampleRecord> records = new RunFiles().readResults(run)) {
            means = records.collect(Collectors.groupingBy(SampleRecord::variantId, Collectors.groupingBy(
                    SampleRecord::caseId, Collectors.averagingDouble(r -> r.scores().stream()
                            .filter(s -> s.name().equals("quality")).mapToDouble(s -> s.value().orElseThrow())
                            .findFirst().orElseThrow()))));
        }
        return means.get("treatment").entrySet().stream()
                .filter(e -> e.getValue() - means.get("base").get(e.getKey()) < 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Sets the review controls the way a reader would and records which cases each setting shows. */
    private static final String DRIVER = """
            var form = document.getElementById("case-controls"), out = {};
            function shown() {
              return Array.prototype.filter.call(document.getElementById("case-table").tBodies,
                function (b) { return !b.hidden; }).map(function (b) { return b.dataset.id; }).join(",");
            }
            function set(name, value) { form[name].value = value; form[name].dispatchEvent(new Event("change", {bubbles: true})); }
            set("change", "worse"); out.worse = shown(); out.worseStatus = document.getElementById("case-status").textContent;
            set("change", "fail"); out.flippedToFail = shown();
            set("change", "better"); out.better = shown();
            set("change", ""); set("sort", "worse"); out.worseFirst = shown();
            """;
}

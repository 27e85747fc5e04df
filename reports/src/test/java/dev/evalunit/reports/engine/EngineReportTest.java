package dev.evalunit.reports.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The real engine runs a suite; the report listener, found through ServiceLoader, writes the report. */
class EngineReportTest {

    @TempDir
    Path output;

    @Test
    void theEngineRunWritesTheReportAndSummary() throws IOException {
        EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", output.toString())
                .configurationParameter("evalunit.run.id", "engine-run")
                .selectors(selectClass(SupportRepliesSuite.class))
                .execute()
                .testEvents().assertStatistics(stats -> stats.started(24));

        Path run = output.resolve("support-replies").resolve("engine-run");
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>support-replies · engine-run · EvalUnit report</title>")
                .contains(">Terse <span class=\"pill base\">baseline</span>", "Complete", "inprocess:terse")
                .contains(">mentionsOrder<", "does not mention order 3", "Please contact support.")
                .contains("Your order 1 ships <ins>tomorrow; tracking follows by email within the hour.</ins><del> tomorrow.</del>");
        assertThat(html.split("<tbody data-n=", -1)).hasSize(12 + 1);
        assertThat(run.resolve("summary.md")).content(StandardCharsets.UTF_8)
                .contains("| metric | Terse (baseline) | Complete |", "| mentionsOrder | 0.667");
    }

    @Test
    void theReportAndSummaryArePublishedAsFileEntriesOfTheSuite() {
        EngineExecutionResults results = EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", output.toString())
                .configurationParameter("evalunit.run.id", "engine-run")
                .selectors(selectClass(SupportRepliesSuite.class))
                .execute();

        Path run = output.resolve("support-replies").resolve("engine-run");
        List<FileEntry> entries = results.containerEvents().fileEntryPublished().stream()
                .filter(event -> event.getTestDescriptor().getUniqueId().getLastSegment().getType().equals("suite"))
                .map(event -> event.getRequiredPayload(FileEntry.class)).toList();
        assertThat(entries).extracting(FileEntry::getPath)
                .containsExactly(run.resolve("report.html"), run.resolve("summary.md"));
        assertThat(entries).extracting(entry -> entry.getMediaType().orElseThrow())
                .containsExactly("text/html", "text/markdown");
    }
}

package dev.evalunit.judges.engine;

import dev.evalunit.api.run.CaseRecord;
import dev.evalunit.api.run.Decision;
import dev.evalunit.api.run.MetricDifference;
import dev.evalunit.engine.files.RunFiles;
import dev.evalunit.api.run.RunSummary;
import dev.evalunit.api.run.SuiteFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/** The real engine runs {@link TicketsSuite}; the judges module's suite-level scorers add their findings. */
class SuiteScorersEngineTest {

    @TempDir
    Path output;

    private final RunFiles files = new RunFiles();

    @Test
    void suiteLevelScorersLandInTheSummaryAndAReportEntry() throws IOException {
        EngineExecutionResults results = run();
        // 2 variants x 6 cases, and the comparison
        results.testEvents().assertStatistics(stats -> stats.started(12 + 1).succeeded(12 + 1));

        RunSummary summary = files.readSummary(output.resolve("tickets").resolve("run-1"));
        List<SuiteFinding> findings = summary.findings();
        assertThat(findings).extracting(SuiteFinding::getClass, SuiteFinding::variantId).containsExactly(
                tuple(SuiteFinding.Confusion.class, "keyword"),
                tuple(SuiteFinding.Confusion.class, "careful"),
                tuple(SuiteFinding.Pairwise.class, "careful"),
                tuple(SuiteFinding.JudgeNoise.class, "keyword"),
                tuple(SuiteFinding.Calibration.class, "keyword"),
                tuple(SuiteFinding.Calibration.class, "keyword"),
                tuple(SuiteFinding.JudgeNoise.class, "careful"),
                tuple(SuiteFinding.Calibration.class, "careful"),
                tuple(SuiteFinding.Calibration.class, "careful"));

        SuiteFinding.Confusion keyword = (SuiteFinding.Confusion) findings.get(0);
        assertThat(keyword.labels()).containsExactly("billing", "shipping");
        assertThat(keyword.counts()).containsExactly(List.of(2, 1), List.of(0, 3));
        assertThat(keyword.accuracy().getAsDouble()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(((SuiteFinding.Confusion) findings.get(1)).accuracy()).hasValue(1.0);

        SuiteFinding.Pairwise pairwise = (SuiteFinding.Pairwise) findings.get(2);
        assertThat(pairwise.metric()).isEqualTo("preference");
        assertThat(pairwise.baselineId()).isEqualTo("keyword");
        assertThat(List.of(pairwise.wins(), pairwise.ties(), pairwise.losses(), pairwise.positionBiased(),
                pairwise.failed())).containsExactly(1, 5, 0, 5, 0);
        assertThat(pairwise.winRate().getAsDouble()).isCloseTo(3.5 / 6, within(1e-9));
        assertThat(pairwise.positionBias().getAsDouble()).isCloseTo(5 / 6.0, within(1e-9));
        // the judge picks whatever it is shown first whenever both labels are right: flagged, and the decision says so
        assertThat(pairwise.favouredPosition()).hasValue("first");
        assertThat(pairwise.biased()).isTrue();
        Decision decision = summary.comparison().orElseThrow().decision("careful").orElseThrow();
        assertThat(decision.reason()).contains("the judge's verdict depended on the order it saw the outputs in "
                + "83.33% of the pairs (it favours the first shown), above the 30% limit: more cases cannot fix a "
                + "biased judge").doesNotContain("add cases");

        // the preference is a compare metric: careful's per-case 1 / ½ / 0 against the baseline's constant ½
        MetricDifference preference = summary.comparison().orElseThrow().metric("preference").orElseThrow()
                .differences().get(0);
        assertThat(preference.variantId()).isEqualTo("careful");
        assertThat(preference.cases()).isEqualTo(6);
        assertThat(preference.baselineMean()).isEqualTo(0.5);
        assertThat(preference.variantMean()).isCloseTo(3.5 / 6, within(1e-9));
        assertThat(preference.difference()).isCloseTo(pairwise.winRate().getAsDouble() - 0.5, within(1e-9));

        SuiteFinding.JudgeNoise noise = (SuiteFinding.JudgeNoise) findings.get(3);
        assertThat(List.of(noise.samples(), noise.judgements(), noise.errors())).containsExactly(6, 12, 0);
        assertThat(noise.judgeSd().getAsDouble()).isCloseTo(Math.sqrt(2.5 / 6), within(1e-9));
        assertThat(noise.agreementRate().getAsDouble()).isCloseTo(1 / 6.0, within(1e-9));

        SuiteFinding.Calibration keywordCalibration = (SuiteFinding.Calibration) findings.get(4);
        assertThat(keywordCalibration.humanField()).isEqualTo("human");
        assertThat(keywordCalibration.agreements()).extracting(SuiteFinding.Agreement::statistic)
                .containsExactly("spearman", "krippendorff-alpha-interval");
        SuiteFinding.Agreement spearman = keywordCalibration.agreements().get(0);
        assertThat(spearman.n()).isEqualTo(6);
        assertThat(spearman.value().getAsDouble()).isGreaterThan(0.6);
        assertThat(spearman.flagged()).isFalse();
        // the careful variant's judge gives every case the same mean: no rank correlation, so it is flagged
        // every judgement against the human label: 7 of 12 agree (the second repeat says 4 where people said 5)
        SuiteFinding.Calibration labels = (SuiteFinding.Calibration) findings.get(5);
        assertThat(labels.humanField()).isEqualTo("verdict");
        SuiteFinding.Agreement kappa = labels.agreements().get(0);
        assertThat(kappa.statistic()).isEqualTo("cohens-kappa");
        assertThat(kappa.n()).isEqualTo(12);
        assertThat(kappa.value().getAsDouble()).isCloseTo((7 / 12.0 - 54 / 144.0) / (1 - 54 / 144.0), within(1e-9));
        assertThat(kappa.flagged()).isTrue();
        SuiteFinding.Calibration carefulCalibration = (SuiteFinding.Calibration) findings.get(7);
        assertThat(carefulCalibration.agreements().get(0).value()).isEmpty();
        assertThat(carefulCalibration.flagged()).isTrue();

        // the pairwise judge's verdicts count with the careful variant's judge scores: 12 rubric-judge scores of
        // one call each, and 6 pairwise verdicts of two calls each (one per order)
        assertThat(summary.variants()).extracting(v -> v.judges().scores(), v -> v.judges().usage().calls())
                .containsExactly(tuple(12L, 12), tuple(12L + 6, 12 + 2 * 6));

        Map<String, String> entry = suiteEntry(results);
        assertThat(entry).containsEntry("label-match 1",
                "label-match on keyword: accuracy 83.3%, macro F1 0.829 over 2 labels");
        assertThat(entry).containsEntry("pairwise-judge 3", "preference: careful vs keyword 1 wins, 5 ties, "
                + "0 losses (win rate 58.3%), position bias 83.3% (favours the first shown); WARNING above the 30.0% "
                + "limit: the judge's order, not the variants, decides these pairs");
        assertThat(entry).hasSize(9);
    }

    @Test
    void everyCaseIsWrittenOnceToCasesJsonl() throws IOException {
        run();
        Path run = output.resolve("tickets").resolve("run-1");
        try (Stream<CaseRecord> cases = files.readCases(run)) {
            assertThat(cases.toList()).extracting(CaseRecord::caseId, c -> c.fields().get("text"))
                    .containsExactly(tuple("t1", "refund my card"),
                            tuple("t2", "where is my parcel"),
                            tuple("t3", "charged twice"),
                            tuple("t4", "package late"),
                            tuple("t5", "invoice copy <script>"),
                            tuple("t6", "courier lost box"));
        }
        assertThat(Files.readAllLines(run.resolve(RunFiles.CASES)).get(0))
                .isEqualTo("{\"caseId\":\"t1\",\"fields\":{\"text\":\"refund my card\",\"label\":\"billing\","
                        + "\"human\":5,\"verdict\":\"5\"}}");
    }

    @Test
    void badSuiteScorerOptionsFailTheSuiteNamingTheirLine() {
        // the suite's failure names its problems in its cause, one a line
        List<String> problems = EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", output.toString())
                .selectors(selectClasspathResource("suites/bad-suite-scorers.eval.yaml"))
                .execute().testEvents().failed().stream()
                .flatMap(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().stream())
                .flatMap(t -> t.getCause().getMessage().lines()).toList();
        String file = "src/test/resources/suites/bad-suite-scorers.eval.yaml:";
        assertThat(problems).anySatisfy(m -> assertThat(m)
                        .startsWith(file + "7: ").contains("scorer 'pairwise-judge'", "criteria"))
                .anySatisfy(m -> assertThat(m).startsWith(file + "10: ")
                        .contains("scorer 'rubric-judge'", "humanScore", "'rating'"))
                .anySatisfy(m -> assertThat(m).startsWith(file + "15: ")
                        .contains("scorer 'g-eval'", "humanScore", "or humanLabel is required with minSpearman, minKappa or minAlpha"));
    }

    private EngineExecutionResults run() {
        return EngineTestKit.engine("evalunit")
                .configurationParameter("evalunit.output.directory", output.toString())
                .configurationParameter("evalunit.run.id", "run-1")
                .selectors(selectClass(TicketsSuite.class))
                .execute();
    }

    private static Map<String, String> suiteEntry(EngineExecutionResults results) {
        return results.containerEvents().reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getType().equals("suite"))
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .findFirst().orElseThrow();
    }
}

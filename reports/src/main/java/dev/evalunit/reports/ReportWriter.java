package dev.evalunit.reports;

import dev.evalunit.api.run.RunInProgress;
import dev.evalunit.engine.files.AtomicFile;
import dev.evalunit.reports.model.RunReport;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Renders a run directory's {@code report.html} (one self-contained file: inline CSS, inline SVG, one
 * inline script allowed by its hash in the page's Content-Security-Policy, no network) and {@code summary.md}
 * (for pull-request comments and CI step summaries), both from the same {@link RunReport}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportWriter {

    /** The HTML report's file name. */
    public static final String HTML = "report.html";
    /** The Markdown summary's file name. */
    public static final String MARKDOWN = "summary.md";

    private final Templates templates = new Templates();
    private final String script = resource("templates/report.js");
    private final String scriptHash = sha256(script);

    /**
     * The files written.
     *
     * @param html     the HTML report
     * @param markdown the Markdown summary
     */
    public record Written(Path html, Path markdown) {
    }

    /**
     * Writes {@code report.html} and {@code summary.md} into a run directory.
     *
     * @param runDirectory {@code <output>/<suite-id>/<run-id>}, holding {@code summary.json} and {@code results.jsonl}
     * @throws IllegalArgumentException naming the file (and line) when the run directory is incomplete or malformed
     */
    public Written write(Path runDirectory) throws IOException {
        Path html = runDirectory.resolve(HTML);
        Path markdown = runDirectory.resolve(MARKDOWN);
        try (OpenReport open = new ReportBuilder().build(runDirectory)) {
            writeAtomically(html, out -> html(open.report(), out));
            writeAtomically(markdown, out -> markdown(open.report(), out));
        }
        return new Written(html, markdown);
    }

    /**
     * Writes the interim {@code report.html} of a run still going, marked in progress with where the run is; the
     * final {@link #write} replaces it. {@code summary.md} is left for the final report.
     */
    public Path writeInProgress(RunInProgress run) throws IOException {
        Path html = run.directory().resolve(HTML);
        try (OpenReport open = new ReportBuilder().buildInProgress(run.directory(), run.summary(),
                run.progress().line())) {
            writeAtomically(html, out -> html(open.report(), out));
        }
        return html;
    }

    /** Renders the HTML report; iterates the report's case rows once. */
    void html(RunReport report, Writer out) throws IOException {
        try {
            templates.render("report.ftlh", Map.of("report", report,
                    "script", HTMLOutputFormat.INSTANCE.fromMarkup(script),
                    "scriptHash", scriptHash), out);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot embed the report script: " + e.getMessage(), e);
        }
    }

    /** Renders the Markdown summary; does not touch the case rows. */
    void markdown(RunReport report, Writer out) throws IOException {
        templates.render("summary.ftl", Map.of("report", report), out);
    }

    /** The Markdown summary as text. */
    String markdown(RunReport report) throws IOException {
        StringWriter out = new StringWriter();
        markdown(report, out);
        return out.toString();
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    private static void writeAtomically(Path file, Body body) throws IOException {
        AtomicFile.write(file, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.write(text);
            text.flush();
        });
    }

    private static String resource(String name) {
        try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the reports jar lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}

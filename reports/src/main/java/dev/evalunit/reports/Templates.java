package dev.evalunit.reports;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The report templates and their FreeMarker configuration: HTML templates ({@code .ftlh}) auto-escape as
 * HTML, Markdown templates declare the {@link MarkdownOutputFormat}; templates cannot create Java objects or
 * reach the Java API, and errors fail the rendering instead of leaking into the output.
 */
final class Templates {

    private final Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);

    Templates() {
        configuration.setClassForTemplateLoading(Templates.class, "/dev/evalunit/reports/templates");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("0.####");
        configuration.setBooleanFormat("c");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        configuration.setObjectWrapper(new OptionalAwareObjectWrapper());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /** Renders {@code template} with {@code data} into {@code out}, invisible direction controls made visible. */
    void render(String template, Map<String, Object> data, Writer out) throws IOException {
        try {
            Writer visible = new VisibleControls(out);
            configuration.getTemplate(template).process(data, visible);
            visible.flush();
        } catch (TemplateException e) {
            throw new IllegalStateException("report template " + template + " failed: " + e.getMessage(), e);
        }
    }
}

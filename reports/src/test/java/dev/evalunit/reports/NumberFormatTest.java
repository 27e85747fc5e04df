package dev.evalunit.reports;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared number formats of the HTML and Markdown templates ({@code format.ftl}). */
class NumberFormatTest {

    @ParameterizedTest
    @CsvSource({
            "0.685, score, 0.685",
            "0.0321, score, 0.032",
            "0.003017, score, 0.003017",
            "0, score, 0.000",
            "0.081, signed, +0.081",
            "-0.003017, signed, -0.003017",
            "-0.00304712, signed, -0.003047",
            "0.0000004, signed, +0.000",
            "0.0004, p, < 0.001",
            "0.25, percent, 25.0%",
    })
    void smallValuesKeepTheirSignificantDigits(double value, String format, String expected)
            throws IOException, TemplateException {
        StringTemplateLoader probe = new StringTemplateLoader();
        probe.putTemplate("probe.ftl", "<#import \"format.ftl\" as f>${f.num(x, format)}");
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                probe, new ClassTemplateLoader(NumberFormatTest.class, "/dev/evalunit/reports/templates")}));
        configuration.setLocale(Locale.ROOT);
        StringWriter out = new StringWriter();
        configuration.getTemplate("probe.ftl").process(Map.of("x", value, "format", format), out);
        assertThat(out.toString()).isEqualTo(expected);
    }
}

package dev.evalunit.engine.provider;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LastParseTest {

    private final List<String> parsed = new ArrayList<>();
    private final LastParse<URI> urls = new LastParse<>(text -> {
        parsed.add(text);
        return URI.create(text);
    });

    @Test
    void aRepeatedTextIsParsedOnceAndAChangedOneAnew() {
        URI first = urls.of("http://127.0.0.1:8080/v1/chat/completions");

        assertThat(urls.of("http://127.0.0.1:8080/v1/chat/completions")).isSameAs(first);
        assertThat(urls.of("http://127.0.0.1:9090/v1/chat/completions"))
                .isEqualTo(URI.create("http://127.0.0.1:9090/v1/chat/completions"));
        assertThat(urls.of("http://127.0.0.1:8080/v1/chat/completions")).isEqualTo(first);
        assertThat(parsed).containsExactly("http://127.0.0.1:8080/v1/chat/completions",
                "http://127.0.0.1:9090/v1/chat/completions", "http://127.0.0.1:8080/v1/chat/completions");
    }

    @Test
    void aTextThatFailsToParseThrowsEachTimeAndKeepsTheLastGoodOne() {
        URI good = urls.of("http://127.0.0.1/v1");

        assertThatThrownBy(() -> urls.of("http://bad host/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> urls.of("http://bad host/")).isInstanceOf(IllegalArgumentException.class);
        assertThat(urls.of("http://127.0.0.1/v1")).isSameAs(good);
    }
}

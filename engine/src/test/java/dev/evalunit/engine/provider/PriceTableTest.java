package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ProviderContext;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTableTest {

    private static final ProviderContext OPENAI = new ProviderContext() {
        @Override
        public String providerId() {
            return "openai";
        }

        @Override
        public Optional<String> setting(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<String> environment(String name) {
            return Optional.empty();
        }
    };

    @Test
    void theShippedTableCarriesDatedSnapshotsToTheirFamilysPrice() {
        PriceTable table = PriceTable.defaults();

        assertThat(table.find(OPENAI, "gpt-4o-mini-2024-07-18")).contains(new Price(0.15, 0.60));
        assertThat(table.find(OPENAI, "no-such-model")).isEmpty();
    }

    @Test
    void aContextsSettingsAreReadOncePerModelAndAHalfConfiguredPriceFailsEveryTime() {
        List<String> read = new ArrayList<>();
        ProviderContext configured = new ProviderContext() {
            @Override
            public String providerId() {
                return "openai";
            }

            @Override
            public Optional<String> setting(String key) {
                read.add(key);
                return switch (key) {
                    case "price.gpt-x.input" -> Optional.of("2");
                    case "price.gpt-x.output" -> Optional.of("8");
                    case "price.half.input" -> Optional.of("1");
                    default -> Optional.empty();
                };
            }

            @Override
            public Optional<String> environment(String name) {
                return Optional.empty();
            }
        };
        PriceTable table = PriceTable.defaults();

        for (int call = 0; call < 3; call++) {
            assertThat(table.find(configured, "gpt-x")).contains(new Price(2, 8));
            assertThat(table.find(configured, "gpt-4o-mini")).contains(new Price(0.15, 0.60));
            assertThatThrownBy(() -> table.find(configured, "half"))
                    .hasMessageContaining("needs both input and output");
        }
        assertThat(read).containsExactly("price.gpt-x.input", "price.gpt-x.output", "price.gpt-4o-mini.input",
                "price.gpt-4o-mini.output", "price.half.input", "price.half.output", "price.half.input",
                "price.half.output", "price.half.input", "price.half.output");
        assertThat(table.find(OPENAI, "gpt-x")).as("another context has its own settings").isEmpty();
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndAQuotedModelNameMayHoldAComma() throws Exception {
        PriceTable table = PriceTable.parse(new StringReader(
                "# provider,model,input,output,as_of\n\nopenai,\"odd,name\",1.5,2,2025-10-01\n"));

        assertThat(table.find(OPENAI, "odd,name")).contains(new Price(1.5, 2));
    }

    @Test
    void aPriceThatIsNotANumberNamesItsLineAndColumn() {
        assertThatThrownBy(() -> PriceTable.parse(new StringReader("# header\nopenai,gpt-x,cheap,2,2025-10-01\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("prices.csv line 2, column ")
                .hasMessageContaining("\"cheap\"");
    }

    @Test
    void aRowWithTooFewColumnsNamesItsLine() {
        assertThatThrownBy(() -> PriceTable.parse(new StringReader("openai,gpt-x,1,2,2025-10-01\nopenai,gpt-y,1\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("prices.csv line 2, column ");
    }
}

package dev.evalunit.engine.provider;

import dev.evalunit.api.spi.ProviderContext;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
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

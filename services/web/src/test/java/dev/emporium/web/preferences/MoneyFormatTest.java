package dev.emporium.web.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void writesDollarsTheEnglishWay() {
        assertThat(MoneyFormat.format(new Money(new BigDecimal("1234.50"), "USD"), Locale.ENGLISH)).isEqualTo("$1,234.50");
    }

    @Test
    void writesPoundsInEnglishWithTheirSymbolInFront() {
        assertThat(MoneyFormat.format(new Money(new BigDecimal("19.99"), "GBP"), Locale.ENGLISH)).isEqualTo("£19.99");
    }

    @Test
    void writesEurosTheGermanWayWithTheSymbolAfterANonBreakingSpace() {
        assertThat(MoneyFormat.format(new Money(new BigDecimal("1234.50"), "EUR"), Locale.GERMAN)).isEqualTo("1.234,50\u00a0€");
    }

    @Test
    void keepsTheCurrencyOfTheAmountWhateverTheLanguage() {
        assertThat(MoneyFormat.format(new Money(new BigDecimal("18.39"), "USD"), Locale.GERMAN)).isEqualTo("18,39\u00a0$");
    }

    @Test
    void writesTheCurrencysMinorDigitsForAWholeAmount() {
        assertThat(MoneyFormat.format(new Money(new BigDecimal("20"), "EUR"), Locale.ENGLISH)).isEqualTo("€20.00");
    }
}

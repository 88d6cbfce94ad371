package dev.emporium.catalog.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.catalog.CatalogProperties;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricingTest {

    private final Pricing pricing = new Pricing(new CatalogProperties(
            new CatalogProperties.Pricing("USD", Map.of("EUR", new BigDecimal("0.92"), "GBP", new BigDecimal("0.79"))),
            new CatalogProperties.Demo(false, 0)));

    @Test
    void convertsFromTheBaseCurrencyRoundingHalfUpToMinorUnits() {
        assertThat(pricing.effectivePrice(Map.of("USD", new BigDecimal("19.99")), "EUR").amount()).isEqualByComparingTo("18.39");
        assertThat(pricing.effectivePrice(Map.of("USD", new BigDecimal("10.00")), "GBP").amount()).isEqualByComparingTo("7.90");
        assertThat(pricing.effectivePrice(Map.of("USD", new BigDecimal("0.625")), "EUR").amount()).isEqualByComparingTo("0.58");
        assertThat(pricing.effectivePrice(Map.of("USD", new BigDecimal("2.50")), "EUR").amount()).isEqualByComparingTo("2.30");
    }

    @Test
    void keepsAnExplicitPrice() {
        assertThat(pricing.effectivePrice(Map.of("USD", new BigDecimal("19.99"), "EUR", new BigDecimal("17.5")), "EUR").amount())
                .isEqualByComparingTo("17.50");
    }

    @Test
    void refusesARateTableThatMissesASupportedCurrency() {
        assertThatThrownBy(() -> new Pricing(new CatalogProperties(
                new CatalogProperties.Pricing("USD", Map.of("EUR", BigDecimal.ONE)), new CatalogProperties.Demo(false, 0))))
                .hasMessageContaining("GBP");
    }

    @Test
    void fingerprintsTheRateTable() {
        Pricing other = new Pricing(new CatalogProperties(
                new CatalogProperties.Pricing("USD", Map.of("EUR", new BigDecimal("0.93"), "GBP", new BigDecimal("0.79"))),
                new CatalogProperties.Demo(false, 0)));
        assertThat(pricing.ratesFingerprint()).isNotEqualTo(other.ratesFingerprint()).hasSize(64);
    }
}

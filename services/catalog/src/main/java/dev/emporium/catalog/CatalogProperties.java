package dev.emporium.catalog;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code emporium.catalog.*}. */
@ConfigurationProperties("emporium.catalog")
public record CatalogProperties(@DefaultValue Pricing pricing, @DefaultValue Demo demo) {

    /**
     * @param baseCurrency every variant has a price in it; other currencies derive from it unless set explicitly
     * @param rates        units of each other currency per unit of the base currency
     */
    public record Pricing(@DefaultValue("USD") String baseCurrency, Map<String, BigDecimal> rates) {
        public Pricing {
            rates = rates == null ? Map.of() : Map.copyOf(rates);
        }
    }

    /** @param products how many demo products to seed (520 for the shop, 100000 for benchmarks) */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("520") int products) {
    }
}

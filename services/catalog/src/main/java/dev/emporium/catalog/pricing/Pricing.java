package dev.emporium.catalog.pricing;

import dev.emporium.catalog.CatalogProperties;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Effective prices: an explicit price wins; otherwise the base-currency price times the configured rate, rounded
 * half-up to the currency's minor digits (e.g. 19.99 USD × 0.92 = 18.3908 → 18.39 EUR).
 */
@Component
public class Pricing {

    private final String baseCurrency;
    private final Map<String, BigDecimal> rates;

    public Pricing(CatalogProperties properties) {
        this.baseCurrency = properties.pricing().baseCurrency();
        this.rates = properties.pricing().rates();
        for (String currency : Currencies.SUPPORTED) {
            if (!currency.equals(baseCurrency) && !rates.containsKey(currency)) {
                throw new IllegalStateException("emporium.catalog.pricing.rates lacks a rate for " + currency);
            }
        }
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    /** All supported currencies' prices for one variant, given its explicit prices (which include the base). */
    public List<Money> effectivePrices(Map<String, BigDecimal> explicit) {
        List<Money> prices = new ArrayList<>();
        for (String currency : Currencies.SUPPORTED) {
            prices.add(effectivePrice(explicit, currency));
        }
        return prices;
    }

    public Money effectivePrice(Map<String, BigDecimal> explicit, String currency) {
        BigDecimal set = explicit.get(currency);
        if (set != null) {
            return Money.rounded(set, currency);
        }
        BigDecimal base = explicit.get(baseCurrency);
        if (base == null) {
            throw new IllegalStateException("A variant without a " + baseCurrency + " price");
        }
        return Money.rounded(base.multiply(rates.get(currency)), currency);
    }

    /** Identifies the rate table, so stored derived prices are recomputed when it changes. */
    public String ratesFingerprint() {
        try {
            String canonical = baseCurrency + new TreeMap<>(rates).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString()).toList();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

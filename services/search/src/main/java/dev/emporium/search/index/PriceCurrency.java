package dev.emporium.search.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The currencies products are priced in and searched by. Prices are indexed as whole minor units (cents), so a
 * range filter, a sort and a facet bucket are exact integer comparisons.
 */
public enum PriceCurrency {
    USD, EUR, GBP;

    public static final PriceCurrency DEFAULT = USD;

    private final int minorDigits = java.util.Currency.getInstance(name()).getDefaultFractionDigits();

    public static Optional<PriceCurrency> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The doc-values / point field holding a product's cheapest price in this currency. */
    public String priceField() {
        return ProductFields.PRICE_PREFIX + name();
    }

    public int minorDigits() {
        return minorDigits;
    }

    /** 100 for cents. */
    public long minorUnitsPerUnit() {
        return BigDecimal.ONE.movePointRight(minorDigits).longValueExact();
    }

    /** An amount in minor units (the catalog sends the currency's minor digits; anything finer is rounded). */
    public long toMinorUnits(BigDecimal amount) {
        return amount.setScale(minorDigits, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** The smallest minor-unit amount that is at least {@code amount} (a lower bound of a filter). */
    public long ceilMinorUnits(BigDecimal amount) {
        return amount.setScale(minorDigits, RoundingMode.CEILING).unscaledValue().longValueExact();
    }

    /** The largest minor-unit amount that is at most {@code amount} (an upper bound of a filter). */
    public long floorMinorUnits(BigDecimal amount) {
        return amount.setScale(minorDigits, RoundingMode.FLOOR).unscaledValue().longValueExact();
    }

    /** "19.99": the API's decimal string with the currency's minor digits. */
    public String format(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, minorDigits).toPlainString();
    }
}

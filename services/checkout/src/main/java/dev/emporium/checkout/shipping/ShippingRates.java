package dev.emporium.checkout.shipping;

import dev.emporium.platform.money.Money;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Emporium's own parcel tariff (no carrier's: the built-in carrier charges what the shop says), per zone and method,
 * in each currency the shop sells in, so no amount is converted: a parcel costs {@code firstKg} for its first
 * kilogram and {@code eachFurtherKg} for every further kilogram begun. A parcel that weighs nothing (or too little to
 * weigh) still pays its first kilogram. See the README ("Shipping") for the table and its limits.
 */
public final class ShippingRates {

    /** @param firstKg the first kilogram, or any parcel lighter @param eachFurtherKg each further kilogram begun */
    record Rate(BigDecimal firstKg, BigDecimal eachFurtherKg) {
    }

    private static final Map<ShippingZone, Map<ShippingMethod, Map<String, Rate>>> TABLE = Map.of(
            ShippingZone.DOMESTIC_US, Map.of(
                    ShippingMethod.STANDARD, rates("5.00", "1.00", "4.60", "0.90", "4.00", "0.80"),
                    ShippingMethod.EXPRESS, rates("15.00", "2.50", "13.80", "2.30", "12.00", "2.00")),
            ShippingZone.EU, Map.of(
                    ShippingMethod.STANDARD, rates("12.00", "3.00", "11.00", "2.75", "9.50", "2.40"),
                    ShippingMethod.EXPRESS, rates("30.00", "6.00", "27.50", "5.50", "24.00", "4.80")),
            ShippingZone.REST_OF_WORLD, Map.of(
                    ShippingMethod.STANDARD, rates("18.00", "4.50", "16.50", "4.10", "14.50", "3.60"),
                    ShippingMethod.EXPRESS, rates("45.00", "9.00", "41.50", "8.25", "36.00", "7.20")));

    private ShippingRates() {
    }

    /**
     * @param grams    the parcel's weight
     * @param currency one the shop sells in (USD, EUR, GBP)
     */
    public static Money price(ShippingZone zone, ShippingMethod method, long grams, String currency) {
        Rate rate = TABLE.get(zone).get(method).get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("No shipping rate in " + currency);
        }
        long kilograms = Math.max(1, Math.ceilDiv(grams, 1000));
        return new Money(rate.firstKg().add(rate.eachFurtherKg().multiply(BigDecimal.valueOf(kilograms - 1))), currency);
    }

    private static Map<String, Rate> rates(String usdFirst, String usdFurther, String eurFirst, String eurFurther,
            String gbpFirst, String gbpFurther) {
        return Map.of("USD", new Rate(new BigDecimal(usdFirst), new BigDecimal(usdFurther)),
                "EUR", new Rate(new BigDecimal(eurFirst), new BigDecimal(eurFurther)),
                "GBP", new Rate(new BigDecimal(gbpFirst), new BigDecimal(gbpFurther)));
    }
}

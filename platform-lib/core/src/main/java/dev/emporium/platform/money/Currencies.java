package dev.emporium.platform.money;

import java.util.Currency;
import java.util.List;

/** The currencies Emporium sells in and their minor digits (ISO 4217). */
public final class Currencies {

    public static final List<String> SUPPORTED = List.of("USD", "EUR", "GBP");
    public static final String DEFAULT = "USD";

    private Currencies() {
    }

    /**
     * The currency a client asked for: {@code ?currency=} wins over the {@code Accept-Currency} header, the default
     * when neither is given; empty when the one asked for is not supported.
     */
    public static java.util.Optional<String> requested(String parameter, String header) {
        String asked = parameter != null && !parameter.isBlank() ? parameter : header;
        if (asked == null || asked.isBlank()) {
            return java.util.Optional.of(DEFAULT);
        }
        String code = asked.strip().toUpperCase(java.util.Locale.ROOT);
        return isSupported(code) ? java.util.Optional.of(code) : java.util.Optional.empty();
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    public static int minorDigits(String code) {
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            return Math.max(digits, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency " + code, e);
        }
    }
}

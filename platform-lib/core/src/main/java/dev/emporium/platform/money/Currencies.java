package dev.emporium.platform.money;

import java.util.Currency;
import java.util.List;

/** The currencies Emporium sells in and their minor digits (ISO 4217). */
public final class Currencies {

    public static final List<String> SUPPORTED = List.of("USD", "EUR", "GBP");

    private Currencies() {
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

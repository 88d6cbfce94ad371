package dev.emporium.cardprovider;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.Clock;

/** What the provider makes of a card number: the well-known test numbers' behaviours, Luhn, brand, expiry, CVC. */
final class TestCards {

    /** What happens when a card is used. */
    enum Scenario {
        APPROVE, DECLINE, INSUFFICIENT_FUNDS, DISPUTE, REQUIRES_CONFIRMATION
    }

    private TestCards() {
    }

    static Scenario scenarioOf(String number) {
        return switch (number) {
            case "4000000000000002" -> Scenario.DECLINE;
            case "4000000000009995" -> Scenario.INSUFFICIENT_FUNDS;
            case "4000000000000259" -> Scenario.DISPUTE;
            case "4000000000003220" -> Scenario.REQUIRES_CONFIRMATION;
            default -> Scenario.APPROVE;
        };
    }

    static String brandOf(String number) {
        if (number.startsWith("4")) {
            return "visa";
        }
        if (number.startsWith("34") || number.startsWith("37")) {
            return "amex";
        }
        if (number.startsWith("6011") || number.startsWith("65")) {
            return "discover";
        }
        int two = number.length() >= 2 ? Integer.parseInt(number.substring(0, 2)) : 0;
        int four = number.length() >= 4 ? Integer.parseInt(number.substring(0, 4)) : 0;
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "mastercard";
        }
        return "unknown";
    }

    /** Why the card is refused before any authorization, or null: number (Luhn), expiry, CVC. */
    static String refusalOf(String number, int expMonth, int expYear, String cvc, Clock clock) {
        if (number == null || !number.matches("[0-9]{12,19}") || !luhn(number)) {
            return "incorrect_number";
        }
        if (expMonth < 1 || expMonth > 12 || YearMonth.of(expYear, expMonth).isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
            return "expired_card";
        }
        int cvcLength = brandOf(number).equals("amex") ? 4 : 3;
        if (cvc == null || !cvc.matches("[0-9]{" + cvcLength + "}")) {
            return "incorrect_cvc";
        }
        return null;
    }

    static boolean luhn(String number) {
        int sum = 0;
        boolean twice = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}

package dev.emporium.payment.payment;

import java.util.UUID;

/** The provider idempotency key of each operation: derived from the caller's ids, so a retry always reuses it. */
final class Keys {

    private Keys() {
    }

    static String tokenize(UUID paymentId) {
        return paymentId + ":tokenize";
    }

    static String authorize(UUID paymentId) {
        return paymentId + ":authorize";
    }

    static String capture(UUID paymentId) {
        return paymentId + ":capture";
    }

    static String voidOf(UUID paymentId) {
        return paymentId + ":void";
    }

    static String refund(UUID refundId) {
        return "refund:" + refundId;
    }
}

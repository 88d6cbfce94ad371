package dev.emporium.web.admin.orders;

import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How much to refund, in the order's currency; empty for everything captured and not refunded yet. {@code key} is
 * the refund's {@code Idempotency-Key}, made when the form is shown: a double submit or a retry of the same form
 * refunds once.
 */
public record RefundForm(@Nullable @Pattern(regexp = "|\\s*[0-9]{1,8}([.,][0-9]{1,2})?\\s*", message = "{admin.refund.amount}") String amount,
        @Nullable String key) {

    static RefundForm empty() {
        return new RefundForm("", UUID.randomUUID().toString());
    }

    /** The form's key, or a new one when it came without a well-formed key (nothing to recognize a retry by). */
    String idempotencyKey() {
        return key != null && key.matches("[0-9a-f-]{36}") ? key : UUID.randomUUID().toString();
    }

    /** The amount as order takes it ({@code 12.50}), or null for a full refund. */
    @Nullable String decimal() {
        return amount == null || amount.isBlank() ? null : amount.strip().replace(',', '.');
    }
}

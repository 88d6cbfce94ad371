package dev.emporium.web.admin.orders;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** How much to refund, in the order's currency; empty for everything captured and not refunded yet. */
public record RefundForm(@Nullable @Pattern(regexp = "|\\s*[0-9]{1,8}([.,][0-9]{1,2})?\\s*", message = "{admin.refund.amount}") String amount) {

    static RefundForm empty() {
        return new RefundForm("");
    }

    /** The amount as order takes it ({@code 12.50}), or null for a full refund. */
    @Nullable String decimal() {
        return amount == null || amount.isBlank() ? null : amount.strip().replace(',', '.');
    }
}

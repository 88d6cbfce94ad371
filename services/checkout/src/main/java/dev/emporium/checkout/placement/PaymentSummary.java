package dev.emporium.checkout.placement;

import dev.emporium.platform.money.Money;
import org.jspecify.annotations.Nullable;

/** The payment as the saga last heard of it: what the order shows (status, brand, last4) and what was captured. */
public record PaymentSummary(String status, @Nullable String brand, @Nullable String last4, @Nullable Money capturedAmount) {
}

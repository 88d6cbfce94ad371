package dev.emporium.contracts.order;

import java.math.BigDecimal;

/** An order's totals, exact, in {@code currency}: total = subtotal + shipping + tax. */
public record OrderTotalsV1(BigDecimal subtotal, BigDecimal shipping, BigDecimal tax, BigDecimal total, String currency) {
}

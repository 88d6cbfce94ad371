package dev.emporium.contracts.order;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An order line as the order events carry it; prices in the order's currency.
 *
 * @param unitPrice the price per unit the customer paid
 * @param lineTotal unitPrice × quantity
 */
public record OrderLineV1(UUID productId, String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
}

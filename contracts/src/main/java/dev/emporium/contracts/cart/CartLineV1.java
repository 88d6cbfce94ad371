package dev.emporium.contracts.cart;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A cart line as the cart events carry it.
 *
 * @param unitPrice the price per unit snapshotted on the line, in {@code currency}
 */
public record CartLineV1(String sku, UUID productId, int quantity, BigDecimal unitPrice, String currency) {
}

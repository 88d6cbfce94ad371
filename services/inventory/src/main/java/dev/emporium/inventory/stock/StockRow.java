package dev.emporium.inventory.stock;

import java.util.UUID;

/** A SKU's figures at one location, with what reservations need to know of the location. */
public record StockRow(String sku, UUID locationId, int onHand, int reserved, int priority, String locationCode, boolean active) {

    public int available() {
        return onHand - reserved;
    }
}

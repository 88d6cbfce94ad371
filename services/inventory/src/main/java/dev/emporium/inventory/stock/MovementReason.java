package dev.emporium.inventory.stock;

/** Why a stock row changed. The first five are the admin's adjustment reasons (API.md); the others are inventory's own. */
public enum MovementReason {
    RECEIVED, DAMAGED, COUNT_CORRECTION, RETURNED, OTHER,
    /** an admin set the on-hand figure ({@code PUT /api/v1/admin/inventory/{sku}}) */
    STOCK_SET,
    /** units held for a reservation */
    RESERVED,
    /** a reservation's units left the shop: on hand and reserved drop together */
    COMMITTED,
    /** a reservation was given up by its caller */
    RELEASED,
    /** a reservation ran out of time and was released by inventory */
    EXPIRED
}

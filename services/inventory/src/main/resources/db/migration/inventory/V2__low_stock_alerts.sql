-- Whether the SKU's last published state (inventory.stock) was low: available at or under its threshold. The next
-- publication compares with it, in the same statement that bumps version, to tell that the SKU turned low
-- (inventory.stock-alerts). A new SKU, with nothing, counts as low: only a SKU that was above its threshold turns low.
ALTER TABLE sku ADD COLUMN low_stock boolean NOT NULL DEFAULT true;

-- The SKUs known before: as their last published state said, from the current figures and their own threshold or
-- the configured default (emporium.inventory.low-stock-threshold, passed as a Flyway placeholder).
UPDATE sku SET low_stock = COALESCE((SELECT SUM(s.on_hand - s.reserved) FROM stock s JOIN location l ON l.id = s.location_id
                                     WHERE s.sku = sku.sku AND l.active), 0)
                           <= COALESCE(low_stock_threshold, ${low_stock_threshold});

package dev.emporium.checkout.catalog;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.platform.events.MalformedEventException;
import dev.emporium.platform.money.Currencies;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog as checkout prices it (tables {@code catalog_product}, {@code catalog_sku}, {@code catalog_sku_price}),
 * written from {@code catalog.products} and read by quotes and the saga's price check. Each event carries the whole
 * product, so applying one replaces what is held about it, unless what is held is newer ({@code version}).
 */
@Repository
public class CatalogReadModel {

    private static final Set<String> STATUSES = Set.of("ACTIVE", "DRAFT", "ARCHIVED");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    CatalogReadModel(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Takes a product's new state: its name, status, weight, variants and their prices. A variant that left the
     * product stays known but is no longer for sale.
     *
     * @return false when the state held is as new or newer (nothing changed)
     */
    @Transactional
    public boolean apply(ProductChangedV1 product) {
        checkShape(product);
        int changed = jdbc.sql("""
                INSERT INTO catalog_product (product_id, version, name, status, weight_grams, applied_at)
                VALUES (:id, :version, :name, :status, :weight, :now)
                ON CONFLICT (product_id) DO UPDATE SET version = EXCLUDED.version, name = EXCLUDED.name,
                    status = EXCLUDED.status, weight_grams = EXCLUDED.weight_grams, applied_at = EXCLUDED.applied_at
                WHERE catalog_product.version < EXCLUDED.version""")
                .param("id", product.productId()).param("version", product.version()).param("name", product.name())
                .param("status", product.status().toUpperCase(Locale.ROOT)).param("weight", product.weightGrams())
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        if (changed == 0) {
            return false;
        }
        List<String> skus = product.variants().stream().map(ProductChangedV1.Variant::sku).distinct().toList();
        if (skus.isEmpty()) {
            jdbc.sql("UPDATE catalog_sku SET dropped = true WHERE product_id = :id").param("id", product.productId()).update();
        } else {
            jdbc.sql("UPDATE catalog_sku SET dropped = true WHERE product_id = :id AND sku NOT IN (:skus)")
                    .param("id", product.productId()).param("skus", skus).update();
        }
        for (ProductChangedV1.Variant variant : product.variants()) {
            jdbc.sql("""
                    INSERT INTO catalog_sku (sku, product_id, attributes, dropped) VALUES (:sku, :id, CAST(:attributes AS jsonb), false)
                    ON CONFLICT (sku) DO UPDATE SET product_id = EXCLUDED.product_id, attributes = EXCLUDED.attributes,
                        dropped = false""")
                    .param("sku", variant.sku()).param("id", product.productId())
                    .param("attributes", json.writeValueAsString(variant.attributes() == null ? Map.of() : variant.attributes()))
                    .update();
            jdbc.sql("DELETE FROM catalog_sku_price WHERE sku = :sku").param("sku", variant.sku()).update();
            for (ProductChangedV1.Price price : variant.prices()) {
                jdbc.sql("""
                        INSERT INTO catalog_sku_price (sku, currency, amount) VALUES (:sku, :currency, :amount)
                        ON CONFLICT (sku, currency) DO UPDATE SET amount = EXCLUDED.amount""")
                        .param("sku", variant.sku()).param("currency", price.currency()).param("amount", price.amount()).update();
            }
        }
        return true;
    }

    /** A state this model cannot hold is not the catalog's contract: dead-lettered at once, never retried. */
    private static void checkShape(ProductChangedV1 product) {
        if (!STATUSES.contains(product.status().toUpperCase(Locale.ROOT))) {
            throw new MalformedEventException("Product " + product.productId() + " has the unknown status " + product.status());
        }
        for (ProductChangedV1.Variant variant : product.variants()) {
            for (ProductChangedV1.Price price : variant.prices()) {
                int digits;
                try {
                    digits = Currencies.minorDigits(price.currency());
                } catch (IllegalArgumentException e) {
                    throw new MalformedEventException("SKU " + variant.sku() + " has a price in the unknown currency " + price.currency());
                }
                if (price.amount().signum() < 0 || price.amount().stripTrailingZeros().scale() > digits) {
                    throw new MalformedEventException("SKU " + variant.sku() + " has the price " + price.amount().toPlainString()
                            + " " + price.currency() + ", not an amount of that currency");
                }
            }
        }
    }

    /** A tombstone: the product is gone for good; its SKUs stay known (a cart may hold them) but are not for sale. */
    @Transactional
    public void remove(UUID productId) {
        jdbc.sql("UPDATE catalog_product SET status = 'DELETED', applied_at = :now WHERE product_id = :id")
                .param("id", productId).param("now", java.sql.Timestamp.from(clock.instant())).update();
    }

    /** What checkout knows of these SKUs, priced in this currency; a SKU it never heard of is absent. */
    public Map<String, SkuOffer> offers(Collection<String> skus, String currency) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, SkuOffer> offers = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.sku, s.product_id, p.name, p.status, s.dropped, p.weight_grams, pr.amount
                FROM catalog_sku s JOIN catalog_product p ON p.product_id = s.product_id
                LEFT JOIN catalog_sku_price pr ON pr.sku = s.sku AND pr.currency = :currency
                WHERE s.sku IN (:skus)""")
                .param("currency", currency).param("skus", List.copyOf(skus))
                .query((rs, row) -> new SkuOffer(rs.getString("sku"), rs.getObject("product_id", UUID.class), rs.getString("name"),
                        rs.getString("status"), rs.getBoolean("dropped"), rs.getObject("weight_grams", Integer.class),
                        rs.getBigDecimal("amount")))
                .list().forEach(offer -> offers.put(offer.sku(), offer));
        return offers;
    }
}

package dev.emporium.catalog.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Products with their variants and explicit prices. */
@Repository
public class Products {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Products(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Product> find(UUID id) {
        return load(List.of(id)).stream().findFirst();
    }

    public Optional<UUID> idOfSlug(String slug) {
        return jdbc.sql("SELECT id FROM product WHERE slug = :slug").param("slug", slug).query(UUID.class).optional();
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("SELECT count(*) FROM product WHERE slug = :slug").param("slug", slug).query(Integer.class).single() > 0;
    }

    /** SKUs of the list that belong to a product other than {@code owner}. */
    public List<String> skusOwnedByOthers(List<String> skus, UUID owner) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT sku FROM variant WHERE sku IN (:skus) AND product_id <> :owner")
                .param("skus", skus).param("owner", owner).query(String.class).list();
    }

    public void insert(Product product) {
        jdbc.sql("""
                INSERT INTO product (id, slug, name, description, brand, category_id, attributes, images, status,
                                     weight_grams, version, created_at, updated_at)
                VALUES (:id, :slug, :name, :description, :brand, :category, :attributes::jsonb, :images::jsonb, :status,
                        :weight, :version, :createdAt, :updatedAt)""")
                .params(columns(product)).update();
        insertVariants(product);
    }

    /** @return false if the stored version is no longer {@code expectedVersion} (someone else changed it) */
    public boolean update(Product product, long expectedVersion) {
        Map<String, Object> columns = columns(product);
        columns.put("expected", expectedVersion);
        int updated = jdbc.sql("""
                UPDATE product SET slug = :slug, name = :name, description = :description, brand = :brand,
                       category_id = :category, attributes = :attributes::jsonb, images = :images::jsonb, status = :status,
                       weight_grams = :weight, version = :version, updated_at = :updatedAt
                WHERE id = :id AND version = :expected""")
                .params(columns).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM variant WHERE product_id = :id").param("id", product.id()).update();
        insertVariants(product);
        return true;
    }

    public void replacePrices(UUID productId, Map<String, BigDecimal> cheapestByCurrency) {
        jdbc.sql("DELETE FROM product_price WHERE product_id = :id").param("id", productId).update();
        cheapestByCurrency.forEach((currency, amount) -> jdbc.sql(
                "INSERT INTO product_price (product_id, currency, amount) VALUES (:id, :currency, :amount)")
                .param("id", productId).param("currency", currency).param("amount", amount).update());
    }

    public List<UUID> idsInCategories(List<UUID> categories) {
        return jdbc.sql("SELECT id FROM product WHERE category_id IN (:categories)").param("categories", categories)
                .query(UUID.class).list();
    }

    public List<UUID> allIds() {
        return jdbc.sql("SELECT id FROM product ORDER BY created_at, id").query(UUID.class).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM product").query(Long.class).single();
    }

    /**
     * The whole list of products in the given status, optionally in some categories and of some brand, in the
     * sort's order (ties broken by id). Price sorts use the cheapest variant's effective price in {@code currency}.
     */
    ProductOrder order(ProductStatus status, List<UUID> categories, String brand, ProductSort sort, String currency) {
        StringBuilder where = new StringBuilder(" WHERE p.status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", status.name());
        params.put("currency", currency);
        if (categories != null) {
            where.append(" AND p.category_id IN (:categories)");
            params.put("categories", categories.isEmpty() ? List.of(new UUID(0, 0)) : categories);
        }
        if (brand != null) {
            where.append(" AND lower(p.brand) = lower(:brand)");
            params.put("brand", brand);
        }
        ProductOrder.Builder order = new ProductOrder.Builder();
        jdbc.sql("SELECT p.id FROM product p LEFT JOIN product_price pp ON pp.product_id = p.id AND pp.currency = :currency"
                + where + " ORDER BY " + sort.orderBy())
                .params(params).query((ResultSet row) -> order.add(row.getObject(1, UUID.class)));
        return order.build();
    }

    /** Row-locks these products until the transaction ends (in id order, so two lockers never deadlock). */
    public void lockForUpdate(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id FROM product WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", ids).query(UUID.class).list();
        }
    }

    /** Loads products with variants and prices in three queries, in the order of {@code ids}. */
    public List<Product> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Product.Variant>> variants = new HashMap<>();
        Map<String, Map<String, BigDecimal>> prices = new HashMap<>();
        jdbc.sql("SELECT vp.sku, vp.currency, vp.amount FROM variant_price vp JOIN variant v ON v.sku = vp.sku WHERE v.product_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    prices.computeIfAbsent(rs.getString("sku"), k -> new LinkedHashMap<>())
                            .put(rs.getString("currency").trim(), rs.getBigDecimal("amount"));
                });
        jdbc.sql("SELECT sku, product_id, attributes FROM variant WHERE product_id IN (:ids) ORDER BY product_id, position")
                .param("ids", ids)
                .query(rs -> {
                    String sku = rs.getString("sku");
                    variants.computeIfAbsent(rs.getObject("product_id", UUID.class), k -> new ArrayList<>())
                            .add(new Product.Variant(sku, json.readValue(rs.getString("attributes"), STRING_MAP),
                                    prices.getOrDefault(sku, Map.of())));
                });
        Map<UUID, Product> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM product WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> map(rs, variants))
                .list().forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private void insertVariants(Product product) {
        int position = 0;
        for (Product.Variant variant : product.variants()) {
            jdbc.sql("INSERT INTO variant (sku, product_id, attributes, position) VALUES (:sku, :product, :attributes::jsonb, :position)")
                    .param("sku", variant.sku()).param("product", product.id())
                    .param("attributes", json.writeValueAsString(variant.attributes())).param("position", position++)
                    .update();
            variant.prices().forEach((currency, amount) -> jdbc.sql(
                    "INSERT INTO variant_price (sku, currency, amount) VALUES (:sku, :currency, :amount)")
                    .param("sku", variant.sku()).param("currency", currency).param("amount", amount).update());
        }
    }

    private Map<String, Object> columns(Product product) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", product.id());
        columns.put("slug", product.slug());
        columns.put("name", product.name());
        columns.put("description", product.description());
        columns.put("brand", product.brand());
        columns.put("category", product.categoryId());
        columns.put("attributes", json.writeValueAsString(product.attributes()));
        columns.put("images", json.writeValueAsString(product.images()));
        columns.put("status", product.status().name());
        columns.put("weight", product.weightGrams());
        columns.put("version", product.version());
        columns.put("createdAt", Timestamp.from(product.createdAt()));
        columns.put("updatedAt", Timestamp.from(product.updatedAt()));
        return columns;
    }

    private Product map(ResultSet rs, Map<UUID, List<Product.Variant>> variants) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Integer weight = rs.getObject("weight_grams", Integer.class); // null stays null (unknown), not 0
        return new Product(id, rs.getString("slug"), rs.getString("name"), rs.getString("description"), rs.getString("brand"),
                rs.getObject("category_id", UUID.class), json.readValue(rs.getString("attributes"), STRING_MAP),
                json.readValue(rs.getString("images"), STRING_LIST), ProductStatus.valueOf(rs.getString("status")),
                weight, variants.getOrDefault(id, List.of()), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}

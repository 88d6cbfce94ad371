package dev.emporium.web.harness;

import static org.awaitility.Awaitility.await;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Products for a test, made as an admin would: through catalog's admin API (a category of their own, an active
 * product with its variants), stocked through inventory's, and awaited where the storefront will look for them
 * (cart's and search's read models, both fed by catalog's events).
 */
public final class TestShop {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private final RunningServices services = RunningServices.get();

    /** A product for sale: its id, slug, name and SKUs (one per size given). */
    public record Listed(String id, String slug, String name, List<String> skus, long version) {
    }

    /** A new active product with one variant per size, each priced at {@code usd} and stocked with {@code units}. */
    public Listed product(String name, String brand, List<String> sizes, String usd, int units) {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return product(category("Test shelf " + tag), tag, name, brand, sizes, usd, units);
    }

    /** The same in a category of the test's own. */
    public Listed product(String category, String name, String brand, List<String> sizes, String usd, int units) {
        return product(category, UUID.randomUUID().toString().substring(0, 8).toUpperCase(), name, brand, sizes, usd, units);
    }

    private Listed product(String category, String tag, String name, String brand, List<String> sizes, String usd, int units) {
        List<Map<String, Object>> variants = new ArrayList<>();
        for (String size : sizes) {
            variants.add(Map.of("sku", "WEB-" + tag + "-" + size, "attributes", Map.of("size", size),
                    "price", Map.of("amount", usd, "currency", "USD")));
        }
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", name);
        product.put("brand", brand);
        product.put("categoryId", category);
        product.put("description", "Made for a storefront test (" + tag + ").");
        product.put("status", "ACTIVE");
        product.put("variants", variants);
        JsonNode made = created(services.catalog().call("POST", "/api/v1/admin/products", json(product), admin()));
        List<String> skus = new ArrayList<>();
        made.get("variants").forEach(variant -> skus.add(variant.get("sku").asString()));
        skus.forEach(sku -> stock(sku, units));
        return new Listed(made.get("id").asString(), made.get("slug").asString(), name, skus, made.path("version").asLong(0));
    }

    /** Gives every variant of the product a new price in USD (catalog's admin API, as an admin would). */
    public void reprice(Listed product, String usd) {
        List<Map<String, Object>> variants = new ArrayList<>();
        JsonNode current = services.catalog().http().get("/api/v1/products/" + product.slug()).json();
        current.get("variants").forEach(variant -> variants.add(Map.of("sku", variant.get("sku").asString(),
                "attributes", JSON.convertValue(variant.get("attributes"), Map.class), "price", Map.of("amount", usd, "currency", "USD"))));
        TestHttp.Response changed = services.catalog().http().send("PATCH", "/api/v1/admin/products/" + product.id(),
                json(Map.of("variants", variants)), "Authorization", "Bearer " + admin(), "If-Match", "\"" + product.version() + "\"");
        if (changed.status() != 200) {
            throw new IllegalStateException("Catalog answered " + changed.status() + ": " + changed.body());
        }
    }

    /** A new category of this name (a department), its id. */
    public String category(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return created(services.catalog().call("POST", "/api/v1/admin/categories", json(Map.of("name", name, "slug", slug)),
                admin())).get("id").asString();
    }

    /** The product as catalog shows it to an admin (any status), prices in USD; empty for a 404. */
    public java.util.Optional<JsonNode> productAsAdmin(String idOrSlug) {
        TestHttp.Response response = services.catalog().call("GET", "/api/v1/products/" + idOrSlug + "?currency=USD", null, admin());
        if (response.status() == 404) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(created(response));
    }

    /** A SKU's stock as inventory's admin API shows it. */
    public JsonNode stockOf(String sku) {
        TestHttp.Response response = services.inventory().call("GET", "/api/v1/admin/inventory/" + sku, null, admin());
        if (response.status() != 200) {
            throw new IllegalStateException("Inventory answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /** Sets a SKU's units on hand (inventory's admin API). */
    public void stock(String sku, int units) {
        TestHttp.Response response = services.inventory().call("PUT", "/api/v1/admin/inventory/" + sku,
                "{\"onHand\": " + units + "}", admin());
        if (response.status() != 200) {
            throw new IllegalStateException("Inventory answered " + response.status() + ": " + response.body());
        }
    }

    /** Waits until cart sells the SKU (its read models have the product and its stock). */
    public void awaitInCart(String sku) {
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).until(() -> services.cart().http()
                .post("/api/v1/cart/items", "{\"sku\": \"" + sku + "\", \"quantity\": 1}").status() == 200);
    }

    /** Waits until search finds the product by the words given. */
    public void awaitInSearch(String words, String productId) {
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).until(() -> {
            TestHttp.Response found = services.search().http().get("/api/v1/search?size=100&q="
                    + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
            if (found.status() != 200) {
                return false;
            }
            List<String> ids = new ArrayList<>();
            found.json().get("items").forEach(item -> ids.add(item.get("productId").asString()));
            return ids.contains(productId);
        });
    }

    private static JsonNode created(TestHttp.Response response) {
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException("Catalog answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String admin() {
        return TestJwts.get().admin(UUID.randomUUID());
    }

    /** The SKUs as a comma-separated list. */
    public static String joined(List<String> skus) {
        return skus.stream().collect(Collectors.joining(","));
    }
}

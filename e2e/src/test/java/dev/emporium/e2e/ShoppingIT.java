package dev.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.TestHttp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * A shopper's path through the gateway with the demo shop: stock a shopper can see, a guest cart that survives
 * signing in, availability enforced in the cart, an admin's stock change reaching inventory, search and the cart
 * within seconds, and nothing lost when inventory or cart crash.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShoppingIT {

    static final Duration SECONDS = Duration.ofSeconds(20);

    final RunningPlatform platform = SharedPlatform.get();
    TestHttp http;
    Shop shop;

    @BeforeAll
    void up() {
        http = new TestHttp(platform.gatewayUrl());
        shop = new Shop(http);
        await().atMost(Duration.ofSeconds(60)).until(() -> !inStockSkus().isEmpty());
    }


    @Test
    @Order(1)
    void showsTheDemoShopWithSoldOutLowAndPlentifulStock() {
        JsonNode lowStock = http.get("/api/v1/admin/inventory/low-stock?size=100", admin()).json();
        assertThat(lowStock.get("totalItems").asLong()).isPositive();
        List<String> skus = skusOfDemoProducts(60);
        JsonNode availability = http.get("/api/v1/inventory?skus=" + String.join(",", skus)).json().get("items");
        assertThat(availability.valueStream().filter(item -> !item.get("inStock").asBoolean())).isNotEmpty();
        assertThat(availability.valueStream().filter(item -> item.get("available").asInt() > 10)).isNotEmpty();
    }

    @Test
    @Order(2)
    void mergesAGuestCartIntoTheCustomersCartOnSignIn() {
        List<String> skus = inStockSkus();
        TestHttp.Response first = http.post("/api/v1/cart/items", item(skus.get(0), 1));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String cartId = first.header("X-Cart-Id");
        assertThat(cartId).isNotBlank();
        assertThat(http.post("/api/v1/cart/items", item(skus.get(1), 2), "X-Cart-Id", cartId).status()).isEqualTo(200);

        String customer = shop.newCustomer().token();
        TestHttp.Response merged = http.post("/api/v1/cart/merge", "{\"cartId\":\"" + cartId + "\"}", "Authorization", "Bearer " + customer);

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonNode cart = http.get("/api/v1/cart", "Authorization", "Bearer " + customer).json();
        assertThat(cart.get("items").valueStream().map(line -> line.get("sku").asString())).containsExactlyInAnyOrder(skus.get(0), skus.get(1));
        assertThat(cart.get("itemCount").asInt()).isEqualTo(3);
        assertThat(http.get("/api/v1/cart", "X-Cart-Id", cartId).json().get("items")).isEmpty();
    }

    @Test
    @Order(3)
    void refusesToPutMoreInACartThanIsAvailable() {
        String sku = inStockSkus().get(2);
        int available = http.get("/api/v1/inventory/" + sku).json().get("available").asInt();

        TestHttp.Response tooMany = http.post("/api/v1/cart/items", item(sku, Math.min(available + 1, 99)));

        if (available < 99) {
            ProblemAssertions.assertProblem(tooMany, 409, "INSUFFICIENT_STOCK");
        } else {
            assertThat(tooMany.status()).isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void showsAProductSoldOutEverywhereWithinSecondsOfTheAdminSettingItsStockToZero() {
        String productId = productOf(inStockSkus().get(3));
        List<String> variants = http.get("/api/v1/products/" + productId).json().get("variants").valueStream()
                .map(variant -> variant.get("sku").asString()).toList();

        for (String sku : variants) {
            TestHttp.Response set = http.send("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": 0}", admin());
            assertThat(set.status()).as(set.body()).isEqualTo(200);
        }

        String sku = variants.get(0);
        await().atMost(SECONDS).untilAsserted(() -> {
            JsonNode stock = http.get("/api/v1/inventory/" + sku).json();
            assertThat(stock.get("available").asInt()).isZero();
            assertThat(stock.get("inStock").asBoolean()).isFalse();
        });
        await().atMost(SECONDS).untilAsserted(() -> ProblemAssertions.assertProblem(
                http.post("/api/v1/cart/items", item(sku, 1)), 409, "INSUFFICIENT_STOCK"));
        String name = http.get("/api/v1/products/" + productId).json().get("name").asString().replace(' ', '+');
        await().atMost(SECONDS).untilAsserted(() -> {
            JsonNode found = searchItem(name, productId, false);
            assertThat(found).as("product %s in search", productId).isNotNull();
            assertThat(found.get("inStock").asBoolean()).isFalse();
            assertThat(searchItem(name, productId, true)).isNull();
        });
    }

    @Test
    @Order(5)
    void keepsCustomersOutOfStockAdministrationAndServesItToAdmins() {
        String customer = shop.newCustomer().token();
        String sku = inStockSkus().get(4);

        ProblemAssertions.assertProblem(http.get("/api/v1/admin/inventory/" + sku, "Authorization", "Bearer " + customer), 403, "FORBIDDEN");
        TestHttp.Response adjusted = http.post("/api/v1/admin/inventory/" + sku + "/adjustments",
                "{\"delta\": 5, \"reason\": \"RECEIVED\"}", admin());
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/admin/inventory/" + sku + "/movements", admin()).json().get("items").valueStream()
                .map(movement -> movement.get("reason").asString())).contains("RECEIVED");
        assertThat(http.get("/api/v1/admin/inventory/locations", admin()).status()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void losesNoCartLineWhenTheCartServiceIsKilled() {
        String sku = inStockSkus().get(5);
        TestHttp.Response added = http.post("/api/v1/cart/items", item(sku, 2));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        String cartId = added.header("X-Cart-Id");

        platform.crash("cart");
        RunningPlatform.Result restart = platform.restart("cart");
        assertThat(restart.exitCode()).as(restart.output()).isZero();

        await().atMost(SECONDS).untilAsserted(() -> {
            JsonNode cart = http.get("/api/v1/cart", "X-Cart-Id", cartId).json();
            assertThat(cart.get("items").get(0).get("sku").asString()).isEqualTo(sku);
            assertThat(cart.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        });
    }

    private List<String> inStockSkus() {
        List<String> skus = skusOfDemoProducts(100);
        JsonNode items = http.get("/api/v1/inventory?skus=" + String.join(",", skus)).json().path("items");
        return items.valueStream().filter(item -> item.get("available").asInt() >= 5)
                .map(item -> item.get("sku").asString()).toList();
    }

    private List<String> skusOfDemoProducts(int count) {
        return http.get("/api/v1/products?size=" + Math.min(count, 100)).json().get("items").valueStream()
                .map(product -> product.get("variants").get(0).get("sku").asString()).limit(count).toList();
    }

    private String productOf(String sku) {
        return http.get("/api/v1/products?size=100").json().get("items").valueStream()
                .filter(product -> product.get("variants").valueStream().anyMatch(v -> v.get("sku").asString().equals(sku)))
                .map(product -> product.get("id").asString()).findFirst().orElseThrow();
    }

    private JsonNode searchItem(String query, String productId, boolean inStockOnly) {
        return http.get("/api/v1/search?size=100&q=" + query + (inStockOnly ? "&inStock=true" : "")).json().get("items").valueStream()
                .filter(item -> item.get("productId").asString().equals(productId)).findFirst().orElse(null);
    }

    private static String item(String sku, int quantity) {
        return Shop.item(sku, quantity);
    }

    private String[] admin() {
        return shop.admin();
    }
}

package dev.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.TestHttp;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * What the end-to-end tests do as customers and as the admin, through the gateway only: sign up and in, create and
 * stock products, fill carts. Shared by the suites so each speaks of its behaviour, not of request plumbing.
 */
final class Shop {

    static final String PASSWORD = "correct horse battery";
    static final String ADMIN_EMAIL = "admin@emporium.local";

    final TestHttp http;
    private String adminToken;

    Shop(TestHttp http) {
        this.http = http;
    }

    /** A signed-in customer: the user id (payments and orders name it) and an access token. */
    record Customer(String id, String email, String token) {
        String[] auth() {
            return new String[] { "Authorization", "Bearer " + token };
        }
    }

    /** A product with one variant on sale at 24.00 USD; {@code word} is its unique, searchable name. */
    record Product(String id, String sku, String word) {
    }

    Customer newCustomer() {
        String email = "e2e-" + UUID.randomUUID() + "@example.com";
        TestHttp.Response registered = withinRateLimit(() -> http.post("/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Shopper\"}"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return new Customer(registered.json().get("id").asString(), email, login(email, PASSWORD));
    }

    String login(String email, String password) {
        TestHttp.Response response = withinRateLimit(() -> http.post("/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("accessToken").asString();
    }

    /** The first admin's authorization header, signed in once. */
    String[] admin() {
        if (adminToken == null) {
            adminToken = login(ADMIN_EMAIL, RunningPlatform.ADMIN_PASSWORD);
        }
        return new String[] { "Authorization", "Bearer " + adminToken };
    }

    /** A new ACTIVE product whose first variant ({@code <WORD>-S}) has {@code units} on hand. */
    Product newStockedProduct(int units) {
        String word = "e2e" + ThreadLocalRandom.current().ints(10, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String category = http.get("/api/v1/categories").json().get(0).get("children").get(0).get("id").asString();
        TestHttp.Response created = http.send("POST", "/api/v1/admin/products", newProduct(word, category, "ACTIVE"), admin());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String sku = word.toUpperCase() + "-S";
        setStock(sku, units);
        return new Product(created.json().get("id").asString(), sku, word);
    }

    void setStock(String sku, int onHand) {
        TestHttp.Response set = http.send("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": " + onHand + "}", admin());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    /** Inventory's admin view of a SKU: {@code onHand, reserved, available}. */
    JsonNode stock(String sku) {
        TestHttp.Response stock = http.get("/api/v1/admin/inventory/" + sku, admin());
        assertThat(stock.status()).as(stock.body()).isEqualTo(200);
        return stock.json();
    }

    TestHttp.Response addToCart(Customer customer, String sku, int quantity) {
        return http.post("/api/v1/cart/items", item(sku, quantity), customer.auth());
    }

    JsonNode cart(Customer customer) {
        TestHttp.Response cart = http.get("/api/v1/cart", customer.auth());
        assertThat(cart.status()).as(cart.body()).isEqualTo(200);
        return cart.json();
    }

    /** The customer's own orders (newest first; a test's customer has few). */
    JsonNode orders(Customer customer) {
        TestHttp.Response orders = http.get("/api/v1/orders?size=100", customer.auth());
        assertThat(orders.status()).as(orders.body()).isEqualTo(200);
        return orders.json().get("items");
    }

    static String item(String sku, int quantity) {
        return "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}";
    }

    /** Two variants, {@code <WORD>-S} at 24.00 USD (and 19.00 GBP) and {@code <WORD>-M} at 26.00 USD. */
    static String newProduct(String word, String categoryId, String status) {
        return """
                {"name": "%s Lantern", "description": "Handmade and sturdy.", "brand": "E2E Goods", "categoryId": "%s",
                 "status": "%s", "variants": [
                   {"sku": "%s-S", "price": {"amount": "24.00", "currency": "USD"}, "prices": [{"amount": "19.00", "currency": "GBP"}]},
                   {"sku": "%s-M", "price": {"amount": "26.00", "currency": "USD"}}]}"""
                .formatted(word, categoryId, status, word.toUpperCase(), word.toUpperCase());
    }

    /**
     * The gateway limits sign-ups and sign-ins per client address (a burst of 20, then 5 a second): a test that
     * creates many customers waits as the 429's {@code Retry-After} says, as a well-behaved client does.
     */
    static TestHttp.Response withinRateLimit(Supplier<TestHttp.Response> call) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        TestHttp.Response response = call.get();
        while (response.status() == 429 && System.nanoTime() < deadline) {
            String retryAfter = response.header("Retry-After");
            sleep(Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, Long.parseLong(retryAfter))));
            response = call.get();
        }
        return response;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

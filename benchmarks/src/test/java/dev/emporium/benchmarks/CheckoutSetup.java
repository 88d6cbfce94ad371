package dev.emporium.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What CheckoutSimulation needs before the load, made through the gateway: one product (one variant at 24.00 USD)
 * with plenty of stock, known to cart and checkout, and signed-in customers with their access tokens (valid 15
 * minutes: longer runs need a fresh setup).
 */
record CheckoutSetup(String productId, String sku, String word, List<String> customerTokens) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "correct horse battery";

    static CheckoutSetup prepare(String baseUrl, int stock, int customers) {
        String admin = token(baseUrl, "admin@emporium.local", adminPassword());
        String word = "bench" + ThreadLocalRandom.current().ints(10, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String sku = word.toUpperCase() + "-S";
        Matcher category = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"slug\":\"[^\"]*\",\"name\":\"[^\"]*\",\"parentId\":\"[0-9a-f-]{36}\"")
                .matcher(send(baseUrl, "GET", "/api/v1/categories", null, null).body());
        if (!category.find()) {
            throw new IllegalStateException("No subcategory at " + baseUrl + ": is the platform up with its demo shop?");
        }
        String product = """
                {"name": "%s Lantern", "description": "Made for load tests.", "brand": "Bench Goods", "categoryId": "%s",
                 "status": "ACTIVE", "variants": [{"sku": "%s", "price": {"amount": "24.00", "currency": "USD"}}]}"""
                .formatted(word, category.group(1), sku);
        HttpResponse<String> created = expect(201, send(baseUrl, "POST", "/api/v1/admin/products", product, admin));
        String productId = field(created.body(), "id");
        expect(200, send(baseUrl, "PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": " + stock + "}", admin));
        List<String> tokens = customers(baseUrl, customers);
        awaitOnSale(baseUrl, sku, tokens.getFirst());
        return new CheckoutSetup(productId, sku, word, tokens);
    }

    /** Registers and signs in the customers, eight at a time (password hashing is the slow part). */
    private static List<String> customers(String baseUrl, int count) {
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tokens.add(threads.submit(() -> {
                    String email = "bench-" + UUID.randomUUID() + "@example.com";
                    expect(201, send(baseUrl, "POST", "/api/v1/auth/register",
                            "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Bench\"}", null));
                    return token(baseUrl, email, PASSWORD);
                }));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> token : tokens) {
                result.add(token.get());
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the customers", e);
        }
    }

    /** Cart and checkout learn of the product from catalog's events: one customer tries until both take it. */
    private static void awaitOnSale(String baseUrl, String sku, String token) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String quote = "{\"shippingAddress\": {\"fullName\": \"Ada Lovelace\", \"line1\": \"12 State Street\", \"city\": \"Albany\", "
                + "\"postalCode\": \"12207\", \"region\": \"NY\", \"country\": \"US\"}, \"shippingMethod\": \"STANDARD\", \"currency\": \"USD\"}";
        while (send(baseUrl, "POST", "/api/v1/cart/items", "{\"sku\": \"" + sku + "\", \"quantity\": 1}", token).statusCode() != 200
                || send(baseUrl, "POST", "/api/v1/checkout/quote", quote, token).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(sku + " is not on sale in cart and checkout after 60 s");
            }
            pause(Duration.ofMillis(500));
        }
        send(baseUrl, "DELETE", "/api/v1/cart/items/" + sku, null, token);
    }

    private static String adminPassword() {
        String explicit = System.getProperty("adminPassword", System.getenv("EMPORIUM_ADMIN_PASSWORD"));
        return explicit != null ? explicit : PlatformSecrets.get("admin.password");
    }

    private static String token(String baseUrl, String email, String password) {
        return field(expect(200, send(baseUrl, "POST", "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null)).body(), "accessToken");
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return value.group(1);
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                    + ", expected " + status + ": " + response.body());
        }
        return response;
    }

    /** One request; a 429 (the gateway's per-client limit, unless switched off) is waited out as Retry-After says. */
    private static HttpResponse<String> send(String baseUrl, String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (int tries = 0; response.statusCode() == 429 && tries < 60; tries++) {
                pause(Duration.ofSeconds(Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"))));
                response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.emporium.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checkouts through the gateway, each iteration a customer's whole purchase: the product page and a search for it,
 * add one unit to the cart, quote, then check out with the approving test card and a fresh {@code Idempotency-Key},
 * expecting 201 (a CONFIRMED order). {@code target=closed} (closed model): {@code users} customers, each starting
 * its next purchase as soon as the last one ended, for {@code seconds}; {@code target=open} (open model): new purchases
 * at {@code rate} per second for {@code seconds}, spread over a pool of {@code customers} customers (default
 * {@code rate} × 10, so one customer's purchases never overlap while a purchase takes under 10 s). Before the load
 * ({@link CheckoutSetup}) the admin creates one product with {@code stock} units (default 10,000,000) and the
 * customers register and sign in. {@code baseUrl} as in CatalogSimulation; the admin's password from
 * {@code -DadminPassword}, else {@code EMPORIUM_ADMIN_PASSWORD}, else the launcher's secrets file ({@code -Dsecrets}).
 */
public class CheckoutSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final String TARGET = System.getProperty("target", "closed");
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "74"));
    private static final int USERS = Integer.parseInt(System.getProperty("users", "32"));
    private static final int SECONDS = Integer.parseInt(System.getProperty("seconds", "60"));
    private static final int STOCK = Integer.parseInt(System.getProperty("stock", "10000000"));

    private static final String ADDRESS = "{\"fullName\": \"Ada Lovelace\", \"line1\": \"12 State Street\", \"city\": \"Albany\", "
            + "\"postalCode\": \"12207\", \"region\": \"NY\", \"country\": \"US\"}";
    private static final String QUOTE = "{\"shippingAddress\": " + ADDRESS + ", \"shippingMethod\": \"STANDARD\", \"currency\": \"USD\"}";
    private static final String CHECKOUT = "{\"shippingAddress\": " + ADDRESS + ", \"shippingMethod\": \"STANDARD\", \"currency\": \"USD\", "
            + "\"payment\": {\"cardNumber\": \"4242424242424242\", \"expMonth\": 12, \"expYear\": 2034, \"cvc\": \"123\"}}";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections()
            .disableCaching();

    {
        if (!TARGET.equals("closed") && !TARGET.equals("open")) {
            throw new IllegalArgumentException("target must be closed or open");
        }
        int customers = Integer.getInteger("customers", TARGET.equals("closed") ? USERS : (int) Math.ceil(RATE * 10));
        CheckoutSetup setup = CheckoutSetup.prepare(BASE_URL, STOCK, customers);
        List<Map<String, Object>> records = setup.customerTokens().stream()
                .map(token -> Map.<String, Object>of("token", token, "productId", setup.productId(), "sku", setup.sku(), "word", setup.word()))
                .toList();
        PopulationBuilder population = TARGET.equals("closed")
                ? scenario("checkout, closed model").feed(listFeeder(records).queue())
                        .during(Duration.ofSeconds(SECONDS)).on(purchase())
                        .injectOpen(atOnceUsers(USERS))
                : scenario("checkout, open model").feed(listFeeder(records).circular()).exec(purchase())
                        .injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)));
        setUp(population)
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    /** One purchase by the session's customer. */
    private static ChainBuilder purchase() {
        return exec(session -> session.set("idempotencyKey", UUID.randomUUID().toString()))
                .exec(http("GET /api/v1/products/{id}").get("/api/v1/products/#{productId}").check(status().is(200)))
                .exec(http("GET /api/v1/search").get("/api/v1/search?q=#{word}").check(status().is(200)))
                .exec(http("POST /api/v1/cart/items").post("/api/v1/cart/items").header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"sku\": \"#{sku}\", \"quantity\": 1}")).check(status().is(200)))
                .exec(http("POST /api/v1/checkout/quote").post("/api/v1/checkout/quote").header("Authorization", "Bearer #{token}")
                        .body(StringBody(QUOTE)).check(status().is(200)))
                .exec(http("POST /api/v1/checkout").post("/api/v1/checkout").header("Authorization", "Bearer #{token}")
                        .header("Idempotency-Key", "#{idempotencyKey}")
                        .body(StringBody(CHECKOUT)).check(status().is(201), header("Location").exists()));
    }
}

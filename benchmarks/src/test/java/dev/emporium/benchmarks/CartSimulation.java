package dev.emporium.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guest carts through the gateway at a fixed arrival rate of shoppers (open model). {@code target=add}: each shopper
 * adds {@code lines} different in-stock SKUs, one request each (the first creates the cart); {@code target=get}:
 * each shopper adds one line and reads the cart {@code lines} times. {@code rate} is requests per second of the
 * measured kind; {@code seconds}, {@code baseUrl} as in CatalogSimulation.
 */
public class CartSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final String TARGET = System.getProperty("target", "add");
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "340"));
    private static final int SECONDS = Integer.parseInt(System.getProperty("seconds", "30"));
    private static final int LINES = Integer.parseInt(System.getProperty("lines", "5"));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections()
            .disableCaching();

    private final FeederBuilder<Object> skus = inStockSkus().random();

    private final ScenarioBuilder scenario = switch (TARGET) {
        case "add" -> scenario("add to cart").feed(skus)
                .exec(firstAdd())
                .repeat(LINES - 1).on(io.gatling.javaapi.core.CoreDsl.feed(skus).exec(http("POST /api/v1/cart/items")
                        .post("/api/v1/cart/items").header("X-Cart-Id", "#{cartId}")
                        .body(StringBody("{\"sku\": \"#{sku}\", \"quantity\": 1}")).check(status().is(200))));
        case "get" -> scenario("get cart").feed(skus)
                .exec(firstAdd())
                .repeat(LINES).on(io.gatling.javaapi.core.CoreDsl.exec(http("GET /api/v1/cart").get("/api/v1/cart")
                        .header("X-Cart-Id", "#{cartId}").check(status().is(200))));
        default -> throw new IllegalArgumentException("target must be add or get");
    };

    {
        double shoppers = RATE / LINES; // each shopper makes LINES requests of the measured kind
        setUp(scenario.injectOpen(constantUsersPerSec(shoppers).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder firstAdd() {
        return http("POST /api/v1/cart/items").post("/api/v1/cart/items")
                .body(StringBody("{\"sku\": \"#{sku}\", \"quantity\": 1}"))
                .check(status().is(200), header("X-Cart-Id").saveAs("cartId"));
    }

    /** SKUs the demo shop has in stock, read from catalog and inventory before the load starts. */
    private static FeederBuilder<Object> inStockSkus() {
        HttpClient client = HttpClient.newHttpClient();
        List<String> skus = new ArrayList<>();
        Matcher sku = Pattern.compile("\"sku\":\"([A-Za-z0-9._-]+)\"").matcher(get(client, BASE_URL + "/api/v1/products?size=100"));
        while (sku.find()) {
            skus.add(sku.group(1));
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (int from = 0; from < skus.size(); from += 100) {
            String batch = String.join(",", skus.subList(from, Math.min(skus.size(), from + 100)));
            Matcher available = Pattern.compile("\"sku\":\"([A-Za-z0-9._-]+)\",\"available\":(\\d+)")
                    .matcher(get(client, BASE_URL + "/api/v1/inventory?skus=" + batch));
            while (available.find()) {
                if (Integer.parseInt(available.group(2)) >= 10) {
                    records.add(Map.of("sku", available.group(1)));
                }
            }
        }
        if (records.isEmpty()) {
            throw new IllegalStateException("No SKU in stock at " + BASE_URL + ": is the platform up?");
        }
        return listFeeder(records);
    }

    private static String get(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

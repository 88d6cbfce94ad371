package dev.emporium.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stock reservations as checkout makes them, on inventory's own port (the gateway never routes {@code /internal/**}),
 * with checkout's service token: each virtual user reserves one unit and releases it again, so stock never runs out
 * and every request takes the SKU's row lock. {@code target=hot}: every reservation is for the same SKU (the one
 * with the most units), the worst case for row locking; {@code target=spread}: a random in-stock SKU each time.
 * {@code rate} is reservations per second (each followed by its release); {@code seconds}; {@code inventoryUrl}
 * (http://127.0.0.1:8084); {@code identityUrl} (http://127.0.0.1:8081); {@code secrets}: the launcher's credentials
 * file with {@code service-client.checkout.secret} (default: {@code $EMPORIUM_HOME/secrets/credentials.properties}, else
 * the checkout's {@code .emporium/secrets/credentials.properties}).
 */
public class ReservationSimulation extends Simulation {

    private static final String INVENTORY = System.getProperty("inventoryUrl", "http://127.0.0.1:8084");
    private static final String IDENTITY = System.getProperty("identityUrl", "http://127.0.0.1:8081");
    private static final String GATEWAY = System.getProperty("baseUrl", "http://localhost:8080");
    private static final String TARGET = System.getProperty("target", "hot");
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "200"));
    private static final int SECONDS = Integer.parseInt(System.getProperty("seconds", "30"));

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final HttpProtocolBuilder protocol = http.baseUrl(INVENTORY)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + serviceToken())
            .shareConnections()
            .disableCaching();

    private final ScenarioBuilder scenario = scenario("reserve and release, " + TARGET)
            .feed(reservations())
            .exec(http("POST /internal/inventory/reservations").post("/internal/inventory/reservations")
                    .body(StringBody("{\"reservationId\": \"#{reservationId}\", \"lines\": [{\"sku\": \"#{sku}\", \"quantity\": 1}]}"))
                    .check(status().is(200)))
            .exec(http("POST /internal/inventory/reservations/{id}/release")
                    .post("/internal/inventory/reservations/#{reservationId}/release").check(status().is(200)));

    {
        setUp(scenario.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    /** A fresh reservation id per user, for the hot SKU or a random one of the in-stock SKUs. */
    private static Iterator<Map<String, Object>> reservations() {
        List<Map.Entry<String, Integer>> stock = inStockSkus();
        String hottest = stock.stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
        Supplier<String> sku = "hot".equals(TARGET) ? () -> hottest
                : () -> stock.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(stock.size())).getKey();
        if (!"hot".equals(TARGET) && !"spread".equals(TARGET)) {
            throw new IllegalArgumentException("target must be hot or spread");
        }
        return Stream.generate(() -> Map.<String, Object>of("reservationId", UUID.randomUUID().toString(), "sku", sku.get()))
                .iterator();
    }

    /** The demo shop's SKUs with at least 20 units available, read through the gateway before the load starts. */
    private static List<Map.Entry<String, Integer>> inStockSkus() {
        List<String> skus = new ArrayList<>();
        Matcher sku = Pattern.compile("\"sku\":\"([A-Za-z0-9._-]+)\"").matcher(get(GATEWAY + "/api/v1/products?size=100"));
        while (sku.find()) {
            skus.add(sku.group(1));
        }
        List<Map.Entry<String, Integer>> stock = new ArrayList<>();
        for (int from = 0; from < skus.size(); from += 100) { // the availability endpoint takes 100 SKUs at a time
            Matcher available = Pattern.compile("\"sku\":\"([A-Za-z0-9._-]+)\",\"available\":(\\d+)").matcher(get(
                    GATEWAY + "/api/v1/inventory?skus=" + String.join(",", skus.subList(from, Math.min(skus.size(), from + 100)))));
            while (available.find()) {
                int units = Integer.parseInt(available.group(2));
                if (units >= 20) {
                    stock.add(Map.entry(available.group(1), units));
                }
            }
        }
        if (stock.isEmpty()) {
            throw new IllegalStateException("No SKU with stock at " + GATEWAY + ": is the platform up?");
        }
        return stock;
    }

    /** Checkout's client-credentials token with the reserve scope, from identity's own address. */
    private static String serviceToken() {
        String basic = Base64.getEncoder().encodeToString(("checkout:" + URLEncoder.encode(
                PlatformSecrets.get("service-client.checkout.secret"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        String body = send(HttpRequest.newBuilder(URI.create(IDENTITY + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=inventory%3Areserve")).build());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("No service token from " + IDENTITY + ": " + body);
        }
        return token.group(1);
    }

    private static String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).build());
    }

    private static String send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

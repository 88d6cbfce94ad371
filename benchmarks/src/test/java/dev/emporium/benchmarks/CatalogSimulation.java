package dev.emporium.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product detail, product list and search through the gateway, at a fixed arrival rate (open model), one kind of
 * request per run so each figure stands alone. Settings (system properties): {@code target} (detail|list|search),
 * {@code rate} (requests per second), {@code seconds}, {@code baseUrl} (http://localhost:8080), {@code warmUpSeconds}
 * (15: a silent ramp to the rate before the measured seconds).
 */
public class CatalogSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final String TARGET = System.getProperty("target", "detail");
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "1000"));
    private static final int SECONDS = Integer.parseInt(System.getProperty("seconds", "30"));
    private static final int WARM_UP_SECONDS = Integer.parseInt(System.getProperty("warmUpSeconds", "15"));

    private static final List<String> QUERIES = List.of("shirt", "shrit", "merino sweater", "wireless headphones", "boot",
            "cast iron", "yoga mat", "puzzle", "linen", "speaker", "jacket waterproof", "novel", "tent", "serum", "kettle");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .shareConnections()
            .disableCaching();

    /** What one virtual user reads: a row of the feeder, then the request that row fills in. */
    private record Read(FeederBuilder<Object> feeder, HttpRequestActionBuilder request) {
    }

    private final Read read = switch (TARGET) {
        case "detail" -> new Read(slugs().circular(),
                http("GET /api/v1/products/{slug}").get("/api/v1/products/#{slug}"));
        case "list" -> new Read(listPages().circular(),
                http("GET /api/v1/products").get("/api/v1/products?page=#{page}&size=20#{filter}"));
        case "search" -> new Read(searches().circular(),
                http("GET /api/v1/search").get("/api/v1/search?q=#{q}&size=20#{filter}"));
        default -> throw new IllegalArgumentException("target must be detail, list or search");
    };

    {
        // The warm-up's requests are silent: they warm this JVM (JIT, connection pool) and the platform's caches and
        // are left out of the figures, so the report shows the steady state at RATE, not Gatling's own cold start.
        ScenarioBuilder warmUp = scenario(TARGET + " warm-up").exec(request(true));
        ScenarioBuilder measured = scenario(TARGET).exec(request(false));
        setUp(warmUp.injectOpen(rampUsersPerSec(RATE / 10).to(RATE).during(Duration.ofSeconds(WARM_UP_SECONDS)))
                .andThen(measured.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    private ChainBuilder request(boolean silent) {
        HttpRequestActionBuilder request = read.request().check(status().is(200));
        return feed(read.feeder()).exec(silent ? request.silent() : request);
    }

    /** Slugs of real products, read from the running catalog before the load starts. */
    private static FeederBuilder<Object> slugs() {
        List<String> slugs = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        Pattern slug = Pattern.compile("\"slug\":\"([a-z0-9-]+)\",\"name\":\"[^\"]*\",\"description\"");
        for (int page = 0; page < 10; page++) {
            Matcher matcher = slug.matcher(get(client, BASE_URL + "/api/v1/products?size=100&page=" + page));
            while (matcher.find()) {
                slugs.add(matcher.group(1));
            }
        }
        if (slugs.isEmpty()) {
            throw new IllegalStateException("No products at " + BASE_URL + ": is the platform up?");
        }
        return feeder("slug", slugs);
    }

    private static FeederBuilder<Object> listPages() {
        List<String> rows = new ArrayList<>();
        String[] filters = { "", "&category=clothing", "&category=electronics&sort=price,asc", "&sort=name,asc",
                "&brand=Northwind", "&sort=price,desc&currency=EUR" };
        for (int page = 0; page < 5; page++) {
            for (String filter : filters) {
                rows.add(page + ";" + filter);
            }
        }
        return csvFeeder("page;filter", rows);
    }

    private static FeederBuilder<Object> searches() {
        List<String> rows = new ArrayList<>();
        String[] filters = { "", "&category=clothing", "&brand=Northwind", "&minPrice=20&maxPrice=100", "&sort=price,asc",
                "&currency=EUR&inStock=true" };
        for (String query : QUERIES) {
            for (String filter : filters) {
                rows.add(query.replace(" ", "+") + ";" + filter);
            }
        }
        return csvFeeder("q;filter", rows);
    }

    private static FeederBuilder<Object> feeder(String column, List<String> values) {
        return csvFeeder(column, values);
    }

    /** Rows like "a;b" under a header "x;y" as in-memory records. */
    private static FeederBuilder<Object> csvFeeder(String header, List<String> rows) {
        String[] columns = header.split(";");
        List<Map<String, Object>> records = new ArrayList<>();
        for (String row : rows) {
            String[] values = row.split(";", -1);
            Map<String, Object> record = new HashMap<>();
            for (int i = 0; i < columns.length; i++) {
                record.put(columns[i], i < values.length ? values[i] : "");
            }
            records.add(record);
        }
        return listFeeder(records);
    }

    private static String get(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

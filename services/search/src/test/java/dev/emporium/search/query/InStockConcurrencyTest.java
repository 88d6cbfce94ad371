package dev.emporium.search.query;

import static dev.emporium.search.TestProducts.category;
import static dev.emporium.search.TestProducts.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.catalog.ProductChangedV1.CategoryRef;
import dev.emporium.search.CatalogEvents;
import dev.emporium.search.InventoryEvents;
import dev.emporium.search.SearchApi;
import dev.emporium.search.SearchServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stock changes from many threads, products changing meanwhile and searches running all along: in the end the
 * in-stock products are exactly those with a SKU whose latest (highest version) state is in stock.
 */
@SearchServiceTest
class InStockConcurrencyTest {

    private static final int PRODUCTS = 30;
    private static final int PUBLISHERS = 6;
    private static final int CHANGES_PER_PUBLISHER = 120;
    private static final int SEARCHERS = 3;

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;

    private record State(long version, boolean inStock) {
    }

    @Test
    void endsWithExactlyTheProductsHavingASkuInStockByTheLatestVersions() throws Exception {
        SearchApi api = new SearchApi(port);
        CatalogEvents catalog = new CatalogEvents(kafka, json, SearchServiceTest.TOPIC);
        InventoryEvents inventory = new InventoryEvents(kafka, json);
        CategoryRef cups = category("cups", "Cups");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ProductChangedV1> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            // two variants, SKUs "cup-<i>-<run>-0" and "-1"
            products.add(catalog.publish(product("Cup " + i + " " + run).categories(cups).price("4.00").price("5.00").build()));
        }
        String all = "category=" + cups.id() + "&size=100";
        api.awaitTotal(all, PRODUCTS);
        List<String> skus = products.stream().flatMap(p -> p.variants().stream().map(ProductChangedV1.Variant::sku)).toList();

        AtomicLong versions = new AtomicLong();
        Map<String, State> latest = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean publishing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(PUBLISHERS + SEARCHERS + 1);
        try {
            List<Future<?>> publishers = new ArrayList<>();
            for (int t = 0; t < PUBLISHERS; t++) {
                publishers.add(threads.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < CHANGES_PER_PUBLISHER; i++) {
                        String sku = skus.get(random.nextInt(skus.size()));
                        int available = random.nextInt(2); // half of the states sold out
                        long version = versions.incrementAndGet();
                        // threads race, so a lower version may well reach the topic after a higher one
                        inventory.publish(sku, available, version);
                        latest.merge(sku, new State(version, available > 0), (a, b) -> a.version() >= b.version() ? a : b);
                    }
                }));
            }
            // products change meanwhile (same SKUs, new versions): each rewrite must take the stock of its moment
            publishers.add(threads.submit(() -> {
                for (int version = 2; publishing.get(); version++) {
                    ProductChangedV1 cup = products.get(version % PRODUCTS);
                    catalog.publish(product(cup.name()).id(cup.productId()).categories(cups).price("4.00").price("5.00")
                            .createdAt(cup.createdAt()).version(version).build());
                }
            }));
            for (int t = 0; t < SEARCHERS; t++) {
                threads.submit(() -> {
                    while (publishing.get()) {
                        try {
                            JsonNode inStock = api.search("inStock=true&" + all);
                            inStock.get("items").valueStream().filter(item -> !item.get("inStock").asBoolean())
                                    .forEach(item -> failures.add("listed in stock with inStock false: " + item));
                            if (api.search(all).get("totalItems").asInt() != PRODUCTS) {
                                failures.add("a product went missing from the unfiltered search");
                            }
                        } catch (Throwable e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
            for (int t = 0; t < PUBLISHERS; t++) {
                publishers.get(t).get(2, TimeUnit.MINUTES);
            }
            publishing.set(false);
            publishers.getLast().get(1, TimeUnit.MINUTES);
        } finally {
            publishing.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        String[] expected = products.stream()
                .filter(p -> p.variants().stream().anyMatch(v -> latest.containsKey(v.sku()) && latest.get(v.sku()).inStock()))
                .map(ProductChangedV1::name).toArray(String[]::new);
        assertThat(SearchApi.names(api.awaitNames("inStock=true&" + all, expected))).containsExactlyInAnyOrder(expected);
        JsonNode everything = api.search(all);
        everything.get("items").valueStream().forEach(item -> assertThat(item.get("inStock").asBoolean())
                .as(item.get("name").asString()).isEqualTo(List.of(expected).contains(item.get("name").asString())));
        assertThat(failures).isEmpty();
    }
}

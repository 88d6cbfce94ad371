package dev.emporium.cart;

import static org.awaitility.Awaitility.await;

import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.contracts.Topics;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.inventory.StockChangedV1;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes products and stock the way catalog and inventory do (CloudEvents, binary mode) on the real topics and
 * waits until the cart's read models hold them. Every product gets unique SKUs: the topics are shared by all tests.
 */
public final class TestShop {

    private static final AtomicLong VERSIONS = new AtomicLong(1);

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final ProductCatalog catalog;
    private final StockLevels stock;

    public TestShop(KafkaTemplate<String, byte[]> kafka, JsonMapper json, ProductCatalog catalog, StockLevels stock) {
        this.kafka = kafka;
        this.json = json;
        this.catalog = catalog;
        this.stock = stock;
    }

    /** An ACTIVE product with one SKU per price (USD; EUR and GBP derived at 0.9 and 0.8). */
    public ProductChangedV1 product(String... usdPrices) {
        UUID id = UUID.randomUUID();
        String base = "T-" + id.toString().substring(0, 8).toUpperCase();
        List<ProductChangedV1.Variant> variants = new java.util.ArrayList<>();
        for (int i = 0; i < usdPrices.length; i++) {
            BigDecimal usd = new BigDecimal(usdPrices[i]);
            variants.add(new ProductChangedV1.Variant(base + "-" + i, Map.of("size", "S" + i), List.of(
                    new ProductChangedV1.Price(usd, "USD"),
                    new ProductChangedV1.Price(usd.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP), "EUR"),
                    new ProductChangedV1.Price(usd.multiply(new BigDecimal("0.8")).setScale(2, java.math.RoundingMode.HALF_UP), "GBP"))));
        }
        return publish(new ProductChangedV1(id, base.toLowerCase(), "Test tee " + base, "A tee for tests", "Testbrand", UUID.randomUUID(),
                List.of(), Map.of(), List.of("/images/" + base + ".jpg"), "ACTIVE", 200, variants, VERSIONS.getAndIncrement(),
                Instant.now(), Instant.now()));
    }

    /** The same product in another status (a newer version). */
    public ProductChangedV1 withStatus(ProductChangedV1 product, String status) {
        return publish(copy(product, status, product.variants()));
    }

    /** The same product with its first SKU repriced in USD (a newer version). */
    public ProductChangedV1 repriced(ProductChangedV1 product, String usdPrice) {
        ProductChangedV1.Variant first = product.variants().getFirst();
        List<ProductChangedV1.Price> prices = first.prices().stream()
                .map(p -> p.currency().equals("USD") ? new ProductChangedV1.Price(new BigDecimal(usdPrice), "USD") : p).toList();
        List<ProductChangedV1.Variant> variants = new java.util.ArrayList<>(product.variants());
        variants.set(0, new ProductChangedV1.Variant(first.sku(), first.attributes(), prices));
        return publish(copy(product, product.status(), variants));
    }

    public ProductChangedV1 publish(ProductChangedV1 product) {
        send(Topics.CATALOG_PRODUCTS, product.productId().toString(), ProductChangedV1.TYPE, "/emporium/catalog", json.writeValueAsBytes(product));
        await().atMost(Duration.ofSeconds(20)).until(() -> product.variants().stream().allMatch(v -> catalog.find(v.sku())
                .filter(offer -> offer.status().equals(product.status()) && offer.prices().get("USD")
                        .compareTo(v.prices().stream().filter(p -> p.currency().equals("USD")).findFirst().orElseThrow().amount()) == 0)
                .isPresent()));
        return product;
    }

    public void stock(String sku, int available) {
        StockChangedV1 event = new StockChangedV1(sku, available, available > 0, available < 5, VERSIONS.getAndIncrement(), Instant.now());
        send(Topics.INVENTORY_STOCK, sku, StockChangedV1.TYPE, "/emporium/inventory", json.writeValueAsBytes(event));
        await().atMost(Duration.ofSeconds(20)).until(() -> stock.available(sku).orElse(-1) == available);
    }

    public static String sku(ProductChangedV1 product, int variant) {
        return product.variants().get(variant).sku();
    }

    private static ProductChangedV1 copy(ProductChangedV1 p, String status, List<ProductChangedV1.Variant> variants) {
        return new ProductChangedV1(p.productId(), p.slug(), p.name(), p.description(), p.brand(), p.categoryId(), p.categoryPath(),
                p.attributes(), p.images(), status, p.weightGrams(), variants, VERSIONS.getAndIncrement(), p.createdAt(), Instant.now());
    }

    private void send(String topic, String key, String type, String source, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", source, "ce_type", type,
                "ce_time", Instant.now().toString(), "ce_subject", key, "content-type", "application/json")
                .forEach((name, v) -> headers.add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(new ProducerRecord<>(topic, null, key, value, headers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Publishing to " + topic + " failed", e);
        }
    }
}

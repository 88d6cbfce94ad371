package dev.emporium.checkout;

import static org.awaitility.Awaitility.await;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.catalog.ProductChangedV1;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes products on {@code catalog.products} as catalog does (CloudEvents in binary mode, key = product id) and
 * waits until checkout's read model has taken them. Every product gets SKUs of its own: the topic is shared by all
 * tests of the run.
 */
public final class TestCatalog {

    private static final AtomicLong VERSIONS = new AtomicLong(1);

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final JdbcClient checkoutDatabase;

    public TestCatalog(KafkaTemplate<String, byte[]> kafka, JsonMapper json, JdbcClient checkoutDatabase) {
        this.kafka = kafka;
        this.json = json;
        this.checkoutDatabase = checkoutDatabase;
    }

    /** A price of one variant: "19.99 USD". */
    public static ProductChangedV1.Price price(String amountAndCurrency) {
        String[] parts = amountAndCurrency.split(" ");
        return new ProductChangedV1.Price(new BigDecimal(parts[0]), parts[1]);
    }

    /** An ACTIVE product of this weight (null: unknown) with one variant per price list, not published yet. */
    public static ProductChangedV1 product(Integer weightGrams, List<List<ProductChangedV1.Price>> variantPrices) {
        UUID id = UUID.randomUUID();
        String base = "CO-" + id.toString().substring(0, 8).toUpperCase();
        List<ProductChangedV1.Variant> variants = new ArrayList<>();
        for (int i = 0; i < variantPrices.size(); i++) {
            variants.add(new ProductChangedV1.Variant(base + "-" + i, Map.of("size", "S" + i), variantPrices.get(i)));
        }
        Instant now = Instant.now();
        return new ProductChangedV1(id, base.toLowerCase(), "Checkout test " + base, "For checkout's tests", "Testbrand",
                UUID.randomUUID(), List.of(), Map.of(), List.of("/images/" + base + ".jpg"), "ACTIVE", weightGrams, variants,
                VERSIONS.getAndIncrement(), now, now);
    }

    /** The same product, newer, in another status. */
    public static ProductChangedV1 withStatus(ProductChangedV1 p, String status) {
        return copy(p, status, p.variants(), VERSIONS.getAndIncrement());
    }

    /** The same product, newer, with only these variants. */
    public static ProductChangedV1 withVariants(ProductChangedV1 p, List<ProductChangedV1.Variant> variants) {
        return copy(p, p.status(), variants, VERSIONS.getAndIncrement());
    }

    /** The same product, newer, with its first variant at these prices. */
    public static ProductChangedV1 repriced(ProductChangedV1 p, List<ProductChangedV1.Price> prices) {
        List<ProductChangedV1.Variant> variants = new ArrayList<>(p.variants());
        ProductChangedV1.Variant first = variants.getFirst();
        variants.set(0, new ProductChangedV1.Variant(first.sku(), first.attributes(), prices));
        return copy(p, p.status(), variants, VERSIONS.getAndIncrement());
    }

    /** A state this old: to arrive after a newer one. */
    public static ProductChangedV1 withVersion(ProductChangedV1 p, long version) {
        return copy(p, p.status(), p.variants(), version);
    }

    public static long nextVersion() {
        return VERSIONS.getAndIncrement();
    }

    public static String sku(ProductChangedV1 product, int variant) {
        return product.variants().get(variant).sku();
    }

    /** Publishes the product and waits until checkout holds this state of it. */
    public ProductChangedV1 publish(ProductChangedV1 product) {
        send(product);
        await().atMost(Duration.ofSeconds(20)).until(() -> checkoutDatabase.sql(
                "SELECT count(*) FROM catalog_product WHERE product_id = :id AND version = :version")
                .param("id", product.productId()).param("version", product.version()).query(Integer.class).single() == 1);
        return product;
    }

    /** Publishes the product and waits until checkout has handled the event (applied or ignored); returns its ce_id. */
    public String publishAndAwaitHandled(ProductChangedV1 product) {
        String eventId = send(product);
        await().atMost(Duration.ofSeconds(20)).until(() -> checkoutDatabase.sql(
                "SELECT count(*) FROM platform.processed_event WHERE event_id = :id")
                .param("id", eventId).query(Integer.class).single() == 1);
        return eventId;
    }

    /** Sends the product as catalog would; returns the event's ce_id. */
    public String send(ProductChangedV1 product) {
        return send(product.productId().toString(), ProductChangedV1.TYPE, json.writeValueAsBytes(product));
    }

    public String send(String key, String type, byte[] value) {
        String eventId = UUID.randomUUID().toString();
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/emporium/catalog", "ce_type", type,
                "ce_time", Instant.now().toString(), "ce_subject", key, "content-type", "application/json")
                .forEach((name, v) -> headers.add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(new ProducerRecord<>(Topics.CATALOG_PRODUCTS, null, key, value, headers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Publishing to " + Topics.CATALOG_PRODUCTS + " failed", e);
        }
        return eventId;
    }

    private static ProductChangedV1 copy(ProductChangedV1 p, String status, List<ProductChangedV1.Variant> variants, long version) {
        return new ProductChangedV1(p.productId(), p.slug(), p.name(), p.description(), p.brand(), p.categoryId(), p.categoryPath(),
                p.attributes(), p.images(), status, p.weightGrams(), variants, version, p.createdAt(), Instant.now());
    }
}

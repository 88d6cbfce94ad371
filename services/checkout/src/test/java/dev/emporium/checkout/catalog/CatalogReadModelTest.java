package dev.emporium.checkout.catalog;

import static dev.emporium.checkout.TestCatalog.price;
import static dev.emporium.checkout.TestCatalog.product;
import static dev.emporium.checkout.TestCatalog.sku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.checkout.CheckoutServiceTest;
import dev.emporium.checkout.TestCatalog;
import dev.emporium.contracts.Topics;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestKafka;
import dev.emporium.testsupport.events.EventContracts;
import dev.emporium.testsupport.events.EventContracts.Sample;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Checkout's read model of catalog.products: the latest state of each product, exactly as catalog priced it. */
@CheckoutServiceTest
class CatalogReadModelTest {

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired CatalogReadModel catalog;
    TestCatalog shop;

    @BeforeEach
    void shop() {
        shop = new TestCatalog(kafka, json, jdbc);
    }

    @Test
    void takesTheCatalogsRecordedSamplesWithEveryPriceExact() throws Exception {
        List<Sample> samples = EventContracts.samples(Topics.CATALOG_PRODUCTS);
        for (Sample sample : samples) {
            kafka.send(sample.toRecord(Topics.CATALOG_PRODUCTS)).get(30, TimeUnit.SECONDS);
        }
        var variants = samples.stream().flatMap(sample -> sample.payloadJson().get("variants").valueStream()).toList();
        List<String> skus = variants.stream().map(variant -> variant.get("sku").asString()).toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> catalog.offers(skus, "USD").size() == skus.size());

        for (var variant : variants) {
            for (var price : variant.get("prices")) {
                SkuOffer offer = catalog.offers(List.of(variant.get("sku").asString()), price.get("currency").asString())
                        .get(variant.get("sku").asString());
                assertThat(offer.price()).isEqualByComparingTo(new BigDecimal(price.get("amount").asString()));
            }
        }
    }

    @Test
    void holdsEachSkusPriceInEveryCurrencyWithItsProductsNameStatusAndWeight() {
        ProductChangedV1 tee = shop.publish(product(250, List.of(
                List.of(price("19.99 USD"), price("18.49 EUR"), price("15.79 GBP")),
                List.of(price("24.00 USD"), price("22.10 EUR"), price("18.96 GBP")))));

        SkuOffer first = catalog.offers(List.of(sku(tee, 0)), "EUR").get(sku(tee, 0));
        assertThat(first.price()).isEqualByComparingTo("18.49");
        assertThat(first.productId()).isEqualTo(tee.productId());
        assertThat(first.name()).isEqualTo(tee.name());
        assertThat(first.weightGrams()).isEqualTo(250);
        assertThat(first.forSale()).isTrue();
        assertThat(catalog.offers(List.of(sku(tee, 1)), "GBP").get(sku(tee, 1)).price()).isEqualByComparingTo("18.96");
    }

    @Test
    void ignoresAStateOlderThanTheOneItHolds() {
        ProductChangedV1 tee = product(null, List.of(List.of(price("10.00 USD"))));
        long older = TestCatalog.nextVersion();
        ProductChangedV1 newer = shop.publish(TestCatalog.repriced(tee, List.of(price("12.00 USD"))));

        shop.publishAndAwaitHandled(TestCatalog.withVersion(tee, older));

        assertThat(catalog.offers(List.of(sku(tee, 0)), "USD").get(sku(tee, 0)).price()).isEqualByComparingTo("12.00");
        assertThat(jdbc.sql("SELECT version FROM catalog_product WHERE product_id = :id").param("id", tee.productId())
                .query(Long.class).single()).isEqualTo(newer.version());
    }

    @Test
    void takesOffSaleWhatIsArchivedDroppedFromItsProductOrWithoutAPriceInTheCurrency() {
        ProductChangedV1 tee = shop.publish(product(100, List.of(List.of(price("10.00 USD"), price("9.20 EUR")),
                List.of(price("11.00 USD")))));
        assertThat(catalog.offers(List.of(sku(tee, 1)), "EUR").get(sku(tee, 1)).forSale()).as("no EUR price").isFalse();

        ProductChangedV1 withoutSecond = shop.publish(TestCatalog.withVariants(tee, List.of(tee.variants().getFirst())));
        assertThat(catalog.offers(List.of(sku(tee, 1)), "USD").get(sku(tee, 1)).forSale()).as("variant dropped").isFalse();
        assertThat(catalog.offers(List.of(sku(tee, 0)), "USD").get(sku(tee, 0)).forSale()).isTrue();

        shop.publish(TestCatalog.withStatus(withoutSecond, "ARCHIVED"));
        SkuOffer archived = catalog.offers(List.of(sku(tee, 0)), "USD").get(sku(tee, 0));
        assertThat(archived.status()).isEqualTo("ARCHIVED");
        assertThat(archived.forSale()).isFalse();
    }

    @Test
    void takesAProductOffSaleForGoodOnATombstone() throws Exception {
        ProductChangedV1 tee = shop.publish(product(100, List.of(List.of(price("10.00 USD")))));

        kafka.send(Topics.CATALOG_PRODUCTS, tee.productId().toString(), null).get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(20)).until(() -> "DELETED".equals(catalog.offers(List.of(sku(tee, 0)), "USD")
                .get(sku(tee, 0)).status()));
    }

    @Test
    void deadLettersAPriceThatIsNotAnAmountOfItsCurrencyAndKeepsConsuming() {
        ProductChangedV1 odd = product(100, List.of(List.of(price("10.005 USD"))));
        String eventId = shop.send(odd);
        ProductChangedV1 next = shop.publish(product(100, List.of(List.of(price("3.00 USD")))));

        assertThat(TestKafka.readUntilHeader(Topics.deadLetterTopicOf(Topics.CATALOG_PRODUCTS), "ce_id", eventId,
                Duration.ofSeconds(20))).anyMatch(record -> eventId.equals(TestKafka.header(record, "ce_id")));
        assertThat(catalog.offers(List.of(sku(odd, 0)), "USD")).isEmpty();
        assertThat(catalog.offers(List.of(sku(next, 0)), "USD")).containsKey(sku(next, 0));
    }
}

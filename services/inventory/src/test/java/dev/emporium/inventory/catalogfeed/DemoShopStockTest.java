package dev.emporium.inventory.catalogfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.contracts.Topics;
import dev.emporium.inventory.LedgerInvariants;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.events.EventContracts;
import dev.emporium.testsupport.events.EventContracts.Sample;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** In the demo shop (as `./platform up` runs it) a SKU first seen on the catalog's topic gets its demo stock. */
@EmporiumServiceTest(properties = { "spring.kafka.consumer.group-id=inventory-${random.uuid}", "emporium.inventory.demo.enabled=true" })
class DemoShopStockTest {

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JdbcClient jdbc;

    @Test
    void receivesTheDemoStockOfEachNewSku() throws Exception {
        List<Sample> samples = EventContracts.samples(Topics.CATALOG_PRODUCTS);
        for (Sample sample : samples) {
            kafka.send(sample.toRecord(Topics.CATALOG_PRODUCTS)).get(30, TimeUnit.SECONDS);
        }
        List<String> skus = samples.stream().flatMap(sample -> sample.payloadJson().get("variants").valueStream())
                .map(variant -> variant.get("sku").asString()).toList();

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM stock WHERE sku IN (:skus)")
                .param("skus", skus).query(Integer.class).single() == skus.size());
        for (String sku : skus) {
            assertThat(jdbc.sql("SELECT on_hand FROM stock WHERE sku = :sku").param("sku", sku).query(Integer.class).single())
                    .as(sku).isEqualTo(DemoStock.unitsFor(sku));
        }
        LedgerInvariants.assertHold(jdbc, "after the demo stock");
    }
}

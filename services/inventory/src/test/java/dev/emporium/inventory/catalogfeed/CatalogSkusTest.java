package dev.emporium.inventory.catalogfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.contracts.Topics;
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

/** The catalog's recorded samples, sent as catalog sends them, give their SKUs a stock record at 0. */
@EmporiumServiceTest(properties = "spring.kafka.consumer.group-id=inventory-${random.uuid}")
class CatalogSkusTest {

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JdbcClient jdbc;

    @Test
    void givesEachNewSkuOfTheCatalogAStockRecordAtZeroInTheDefaultLocation() throws Exception {
        List<Sample> samples = EventContracts.samples(Topics.CATALOG_PRODUCTS);
        for (Sample sample : samples) {
            kafka.send(sample.toRecord(Topics.CATALOG_PRODUCTS)).get(30, TimeUnit.SECONDS);
        }
        List<String> skus = samples.stream().flatMap(sample -> sample.payloadJson().get("variants").valueStream())
                .map(variant -> variant.get("sku").asString()).toList();

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT count(*) FROM stock s JOIN location l ON l.id = s.location_id
                WHERE s.sku IN (:skus) AND l.code = 'default' AND s.on_hand = 0""").param("skus", skus).query(Integer.class).single() == skus.size());
        assertThat(jdbc.sql("SELECT count(*) FROM movement WHERE sku IN (:skus)").param("skus", skus).query(Integer.class).single()).isZero();
    }
}

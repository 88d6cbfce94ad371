package dev.emporium.cart.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.cart.CartServiceTest;
import dev.emporium.contracts.Topics;
import dev.emporium.testsupport.events.EventContracts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** The read models take the events of the contracts exactly as their publishers record them. */
@CartServiceTest
class RecordedSamplesTest {

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired ProductCatalog catalog;
    @Autowired StockLevels stock;

    @Test
    void readsTheRecordedProductSamples() throws Exception {
        for (EventContracts.Sample sample : EventContracts.samples(Topics.CATALOG_PRODUCTS)) {
            kafka.send(sample.toRecord(Topics.CATALOG_PRODUCTS)).get();
            for (JsonNode variant : sample.payloadJson().get("variants")) {
                String sku = variant.get("sku").asString();
                await().atMost(Duration.ofSeconds(20)).until(() -> catalog.find(sku).isPresent());
                SkuOffer offer = catalog.find(sku).orElseThrow();
                assertThat(offer.name()).isEqualTo(sample.payloadJson().get("name").asString());
                assertThat(offer.prices()).containsOnlyKeys("USD", "EUR", "GBP");
            }
        }
    }

    @Test
    void readsTheRecordedStockSamples() throws Exception {
        for (EventContracts.Sample sample : EventContracts.samples(Topics.INVENTORY_STOCK)) {
            kafka.send(sample.toRecord(Topics.INVENTORY_STOCK)).get();
            String sku = sample.payloadJson().get("sku").asString();
            int available = sample.payloadJson().get("available").asInt();
            await().atMost(Duration.ofSeconds(20)).until(() -> stock.available(sku).orElse(-1) == available);
        }
    }
}

package dev.emporium.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.Topics;
import dev.emporium.search.SearchApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.events.EventContracts;
import dev.emporium.testsupport.events.EventContracts.Sample;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Search reads what catalog's contract says catalog publishes: the recorded samples of docs/api/asyncapi.json, sent
 * byte for byte with their CloudEvents headers to the real topic, become searchable. Its own context on
 * {@code catalog.products}, which no other test of this module uses.
 */
@EmporiumServiceTest(properties = {
        "emporium.search.index-dir=target/test-indexes/${random.uuid}",
        "emporium.search.topic-retry-interval=200ms" })
class RecordedSamplesTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;

    @Test
    void makesTheCatalogsRecordedSamplesSearchable() throws Exception {
        List<Sample> samples = EventContracts.samples(Topics.CATALOG_PRODUCTS);
        assertThat(samples).isNotEmpty();
        for (Sample sample : samples) {
            kafka.send(sample.toRecord(Topics.CATALOG_PRODUCTS)).get(30, TimeUnit.SECONDS);
        }

        SearchApi api = new SearchApi(port);
        for (Sample sample : samples) {
            JsonNode product = sample.payloadJson();
            String topCategory = product.get("categoryPath").get(0).get("id").asString();
            JsonNode found = api.awaitTotal("q=" + SearchApi.encode(product.get("name").asString()) + "&category=" + topCategory
                    + "&currency=USD", 1).get("items").get(0);
            assertThat(found.get("productId").asString()).isEqualTo(product.get("productId").asString());
            assertThat(found.get("brand").asString()).isEqualTo(product.get("brand").asString());
            assertThat(new BigDecimal(found.get("price").get("amount").asString())).isEqualByComparingTo(cheapestUsd(product));
        }
    }

    @Test
    void takesInStockFromInventorysRecordedSamples() throws Exception {
        for (Sample sample : EventContracts.samples(Topics.CATALOG_PRODUCTS)) {
            kafka.send(sample.toRecord(Topics.CATALOG_PRODUCTS)).get(30, TimeUnit.SECONDS);
        }
        List<Sample> stock = EventContracts.samples(Topics.INVENTORY_STOCK);
        assertThat(stock).isNotEmpty();
        for (Sample sample : stock) {
            kafka.send(sample.toRecord(Topics.INVENTORY_STOCK)).get(30, TimeUnit.SECONDS);
        }

        SearchApi api = new SearchApi(port);
        for (Sample sample : stock) {
            String sku = sample.payloadJson().get("sku").asString();
            JsonNode product = EventContracts.samples(Topics.CATALOG_PRODUCTS).stream().map(Sample::payloadJson)
                    .filter(p -> p.get("variants").valueStream().anyMatch(v -> sku.equals(v.get("sku").asString())))
                    .findFirst().orElseThrow();
            JsonNode found = api.awaitTotal("inStock=true&q=" + SearchApi.encode(product.get("name").asString()), 1);
            assertThat(found.get("items").get(0).get("inStock").asBoolean()).isEqualTo(sample.payloadJson().get("inStock").asBoolean());
        }
    }

    private static BigDecimal cheapestUsd(JsonNode product) {
        return product.get("variants").valueStream().flatMap(variant -> variant.get("prices").valueStream())
                .filter(price -> "USD".equals(price.get("currency").asString()))
                .map(price -> price.get("amount").decimalValue()).min(Comparator.naturalOrder()).orElseThrow();
    }
}

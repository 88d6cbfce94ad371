package dev.emporium.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.catalog.CatalogApi;
import dev.emporium.contracts.Topics;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestKafka;
import dev.emporium.testsupport.events.EventContracts;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What catalog really puts on Kafka is what docs/api/asyncapi.json says it publishes. */
@EmporiumServiceTest
class ProductChangedContractTest {

    @LocalServerPort int port;

    @Test
    void productEventsFitTheAsyncApiContract() {
        CatalogApi api = new CatalogApi(port);
        String clothing = api.createCategory("Clothing " + CatalogApi.uniqueSku(), null);
        String shirts = api.createCategory("Shirts " + CatalogApi.uniqueSku(), clothing);
        // no weight: the one field of the event that may be null
        TestHttp.Response created = api.asAdmin("POST", "/api/v1/admin/products", """
                {"name": "Linen Shirt", "description": "Breathable linen.", "brand": "Northwind", "categoryId": "%s",
                 "status": "ACTIVE", "attributes": {"material": "linen"}, "images": ["https://img.example/linen.jpg"],
                 "variants": [{"sku": "%s", "attributes": {"size": "M"}, "price": {"amount": "19.99", "currency": "USD"}}]}"""
                .formatted(shirts, CatalogApi.uniqueSku()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        api.asAdmin("DELETE", "/api/v1/admin/products/" + id, null);

        List<ConsumerRecord<String, byte[]>> events = TestKafka.read(Topics.CATALOG_PRODUCTS, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> id.equals(r.key())).count() >= 2)
                .stream().filter(r -> id.equals(r.key())).toList();

        assertThat(events).hasSize(2);
        events.forEach(EventContracts::assertConforms);
    }
}

package dev.emporium.search.indexing;

import static dev.emporium.search.SearchApi.names;
import static dev.emporium.search.TestProducts.category;
import static dev.emporium.search.TestProducts.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.catalog.ProductChangedV1.CategoryRef;
import dev.emporium.search.CatalogEvents;
import dev.emporium.search.SearchApi;
import dev.emporium.search.SearchServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** How product events from the catalog change what search finds. */
@SearchServiceTest
class ProductFeedTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired MeterRegistry meters;
    SearchApi api;
    CatalogEvents catalog;

    @BeforeEach
    void setUp() {
        api = new SearchApi(port);
        catalog = new CatalogEvents(kafka, json, SearchServiceTest.TOPIC);
    }

    @Test
    void makesAChangedProductSearchable() {
        CategoryRef desk = category("desk", "Desk");
        ProductChangedV1 pen = catalog.publish(product("Fountain Pen").categories(desk).build());
        api.awaitTotal("category=" + desk.id(), 1);

        catalog.publish(product("Fountain Pen Quillmaster").id(pen.productId()).categories(desk).version(2).build());

        // a generous bound: this checks that the change is indexed, not how fast (a latency figure belongs in a benchmark)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25))
                .until(() -> api.search("q=quillmaster").get("totalItems").asInt() == 1);
    }

    @Test
    void removesArchivedAndDraftProducts() {
        CategoryRef hall = category("hall", "Hall");
        ProductChangedV1 umbrella = catalog.publish(product("Umbrella").categories(hall).build());
        ProductChangedV1 coatRack = catalog.publish(product("Coat Rack").categories(hall).build());
        catalog.publish(product("Door Mat").categories(hall).build());
        api.awaitTotal("category=" + hall.id(), 3);

        catalog.publish(product("Umbrella").id(umbrella.productId()).categories(hall).status("ARCHIVED").version(2).build());
        catalog.publish(product("Coat Rack").id(coatRack.productId()).categories(hall).status("DRAFT").version(2).build());

        assertThat(names(api.awaitNames("category=" + hall.id(), "Door Mat"))).containsExactly("Door Mat");
    }

    @Test
    void neverIndexesADraft() {
        CategoryRef attic = category("attic", "Attic");
        catalog.publish(product("Secret Prototype").categories(attic).status("DRAFT").build(), 0);
        catalog.publish(product("Old Trunk").categories(attic).build(), 0);

        assertThat(names(api.awaitTotal("category=" + attic.id(), 1))).containsExactly("Old Trunk");
    }

    @Test
    void ignoresAnOlderVersionOfAProduct() {
        CategoryRef study = category("study", "Study");
        UUID globeId = UUID.randomUUID();
        catalog.publish(product("Globe Newer").id(globeId).categories(study).version(5).build(), 0);
        catalog.publish(product("Globe Older").id(globeId).categories(study).version(4).build(), 0);
        // same partition, after the older state: once it is visible, the older state has been handled
        catalog.publish(product("Bookend").categories(study).build(), 0);

        assertThat(names(api.awaitTotal("category=" + study.id(), 2))).containsExactlyInAnyOrder("Globe Newer", "Bookend");
    }

    @Test
    void ignoresAnOlderStateOfAnArchivedProduct() {
        CategoryRef cellar = category("cellar", "Cellar");
        UUID rackId = UUID.randomUUID();
        catalog.publish(product("Wine Rack").id(rackId).categories(cellar).version(1).build(), 1);
        api.awaitTotal("category=" + cellar.id(), 1);
        catalog.publish(product("Wine Rack").id(rackId).categories(cellar).status("ARCHIVED").version(3).build(), 1);
        catalog.publish(product("Wine Rack").id(rackId).categories(cellar).version(2).build(), 1);
        catalog.publish(product("Cork Screw").categories(cellar).build(), 1);

        // same partition: once the cork screw is there, both wine rack states have been handled
        assertThat(names(api.awaitNames("category=" + cellar.id(), "Cork Screw"))).containsExactly("Cork Screw");
    }

    @Test
    void skipsAMalformedEventAndKeepsIndexing() {
        CategoryRef shed = category("shed", "Shed");
        ProductChangedV1 rake = product("Garden Rake").categories(shed).build();
        String key = rake.productId().toString();
        double malformedBefore = meters.get("search.events.malformed").counter().count();

        catalog.publishRaw(2, key, "{\"productId\": \"" + key + "\"}", Map.of()); // no CloudEvents headers
        catalog.publishRaw(2, key, "not json at all", CatalogEvents.cloudEventHeaders(key));
        catalog.publishRaw(2, key, "{\"productId\": 42, \"version\": \"new\"}", CatalogEvents.cloudEventHeaders(key));
        Map<String, String> wrongType = new HashMap<>(CatalogEvents.cloudEventHeaders(key));
        wrongType.put("ce_type", "emporium.catalog.something-else.v1");
        catalog.publishRaw(2, key, json.writeValueAsString(rake), wrongType);
        catalog.publish(rake, 2);

        assertThat(names(api.awaitTotal("category=" + shed.id(), 1))).containsExactly("Garden Rake");
        assertThat(meters.get("search.events.malformed").counter().count() - malformedBefore).isEqualTo(4);
    }

    @Test
    void reportsReadyOnceCaughtUpWithTheTopic() {
        await().atMost(SearchApi.FIRST_INDEXING).until(() -> api.get("/actuator/health/readiness").status() == 200);

        assertThat(api.get("/actuator/health/readiness").body()).contains("\"UP\"");
    }
}

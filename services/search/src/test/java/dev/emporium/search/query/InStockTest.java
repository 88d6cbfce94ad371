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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** inStock comes from inventory.stock: search's second feed. */
@SearchServiceTest
class InStockTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    SearchApi api;
    CatalogEvents catalog;
    InventoryEvents inventory;

    @BeforeEach
    void setUp() {
        api = new SearchApi(port);
        catalog = new CatalogEvents(kafka, json, SearchServiceTest.TOPIC);
        inventory = new InventoryEvents(kafka, json);
    }

    @Test
    void filtersToProductsWithAVariantInStock() {
        CategoryRef lamps = category("lamps", "Lamps");
        ProductChangedV1 stocked = catalog.publish(product("Brass Desk Lamp").categories(lamps).build());
        ProductChangedV1 soldOut = catalog.publish(product("Paper Floor Lamp").categories(lamps).build());
        inventory.publish(sku(stocked), 4, 1);
        inventory.publish(sku(soldOut), 0, 1);
        api.awaitTotal("category=" + lamps.id(), 2);

        JsonNode inStock = api.awaitTotal("inStock=true&category=" + lamps.id(), 1);

        assertThat(SearchApi.names(inStock)).containsExactly("Brass Desk Lamp");
        assertThat(inStock.get("items").get(0).get("inStock").asBoolean()).isTrue();
    }

    @Test
    void showsAProductWithoutKnownStockAsOutOfStock() {
        CategoryRef vases = category("vases", "Vases");
        catalog.publish(product("Glass Vase").categories(vases).build());

        JsonNode all = api.awaitTotal("category=" + vases.id(), 1);

        assertThat(all.get("items").get(0).get("inStock").asBoolean()).isFalse();
        assertThat(api.search("inStock=true&category=" + vases.id()).get("totalItems").asInt()).isZero();
    }

    @Test
    void followsTheLatestStockAndIgnoresAnOlderState() {
        CategoryRef rugs = category("rugs", "Rugs");
        ProductChangedV1 rug = catalog.publish(product("Wool Runner Rug").categories(rugs).build());
        ProductChangedV1 marker = catalog.publish(product("Jute Doormat").categories(rugs).build());
        inventory.publish(sku(rug), 3, 1, 0);
        api.awaitTotal("inStock=true&category=" + rugs.id(), 1);
        inventory.publish(sku(rug), 0, 3, 0);
        api.awaitTotal("inStock=true&category=" + rugs.id(), 0);

        inventory.publish(sku(rug), 8, 2, 0);
        inventory.publish(sku(marker), 1, 1, 0); // same partition: once it shows, the stale state was read too

        assertThat(SearchApi.names(api.awaitTotal("inStock=true&category=" + rugs.id(), 1))).containsExactly("Jute Doormat");
    }

    private static String sku(ProductChangedV1 product) {
        return product.variants().get(0).sku();
    }
}

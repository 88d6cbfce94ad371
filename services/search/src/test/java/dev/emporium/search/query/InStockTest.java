package dev.emporium.search.query;

import static dev.emporium.search.TestProducts.category;
import static dev.emporium.search.TestProducts.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.catalog.ProductChangedV1.CategoryRef;
import dev.emporium.search.CatalogEvents;
import dev.emporium.search.InventoryEvents;
import dev.emporium.search.SearchApi;
import dev.emporium.search.SearchServiceTest;
import dev.emporium.search.stock.StockLevels;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** inStock comes from inventory.stock (search's second feed), written into each product's document as it changes. */
@SearchServiceTest
class InStockTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired StockLevels stock;
    @Autowired MeterRegistry meters;
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
    void dropsAProductWhoseOnlySkuSellsOutAndBringsItBackWhenRestocked() {
        CategoryRef mugs = category("mugs", "Mugs");
        ProductChangedV1 mug = catalog.publish(product("Stoneware Mug").categories(mugs).build());
        inventory.publish(sku(mug), 5, 1);
        api.awaitNames("inStock=true&category=" + mugs.id(), "Stoneware Mug");

        inventory.publish(sku(mug), 0, 2);
        api.awaitTotal("inStock=true&category=" + mugs.id(), 0);
        assertThat(flag(api.search("category=" + mugs.id()))).isFalse();

        inventory.publish(sku(mug), 2, 3);
        assertThat(flag(api.awaitNames("inStock=true&category=" + mugs.id(), "Stoneware Mug"))).isTrue();
    }

    @Test
    void keepsAProductInStockWhileAnyOfItsSkusIs() {
        CategoryRef boots = category("boots", "Boots");
        ProductChangedV1 boot = catalog.publish(product("Trail Boot").categories(boots).price("80.00").price("85.00").build());
        ProductChangedV1 laces = catalog.publish(product("Boot Laces").categories(boots).build());
        String small = boot.variants().get(0).sku();
        String large = boot.variants().get(1).sku();
        inventory.publish(small, 3, 1, 0);
        inventory.publish(large, 2, 1, 0);
        api.awaitNames("inStock=true&category=" + boots.id(), "Trail Boot");

        inventory.publish(small, 0, 2, 0);
        inventory.publish(sku(laces), 1, 1, 0); // same partition: once the laces show, the small size sold out too

        assertThat(SearchApi.names(api.awaitNames("inStock=true&category=" + boots.id(), "Trail Boot", "Boot Laces")))
                .containsExactlyInAnyOrder("Trail Boot", "Boot Laces");
        inventory.publish(large, 0, 2, 0);
        assertThat(SearchApi.names(api.awaitNames("inStock=true&category=" + boots.id(), "Boot Laces"))).containsExactly("Boot Laces");
    }

    @Test
    void appliesStockThatArrivedBeforeItsProduct() {
        CategoryRef kettles = category("kettles", "Kettles");
        ProductChangedV1 kettle = product("Copper Kettle").categories(kettles).build();
        inventory.publish(sku(kettle), 7, 1);
        await().atMost(SearchApi.FIRST_INDEXING).until(() -> stock.anyInStock(List.of(sku(kettle))));

        catalog.publish(kettle);

        assertThat(flag(api.awaitNames("inStock=true&category=" + kettles.id(), "Copper Kettle"))).isTrue();
    }

    @Test
    void keepsTheStockOfAProductWhenTheProductChanges() {
        CategoryRef teapots = category("teapots", "Teapots");
        ProductChangedV1 teapot = catalog.publish(product("Cast Iron Teapot").categories(teapots).build());
        inventory.publish(sku(teapot), 4, 1);
        api.awaitNames("inStock=true&category=" + teapots.id(), "Cast Iron Teapot");

        catalog.publish(product("Cast Iron Teapot Deluxe").id(teapot.productId()).categories(teapots).version(2).build());

        assertThat(flag(api.awaitNames("inStock=true&category=" + teapots.id(), "Cast Iron Teapot Deluxe"))).isTrue();
    }

    @Test
    void ignoresAnOlderStockStateArrivingAfterANewerOne() {
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

    @Test
    void ignoresAnOlderSoldOutStateArrivingAfterANewerOne() {
        CategoryRef towels = category("towels", "Towels");
        ProductChangedV1 towel = catalog.publish(product("Linen Towel").categories(towels).build());
        ProductChangedV1 marker = catalog.publish(product("Bath Mat").categories(towels).build());
        inventory.publish(sku(towel), 6, 5, 0);
        api.awaitNames("inStock=true&category=" + towels.id(), "Linen Towel");

        inventory.publish(sku(towel), 0, 4, 0);
        inventory.publish(sku(marker), 1, 1, 0);

        assertThat(SearchApi.names(api.awaitNames("inStock=true&category=" + towels.id(), "Linen Towel", "Bath Mat")))
                .containsExactlyInAnyOrder("Linen Towel", "Bath Mat");
    }

    @Test
    void rewritesOnlyTheDocumentHoldingAFlippedSku() {
        CategoryRef bowls = category("bowls", "Bowls");
        ProductChangedV1 bowl = catalog.publish(product("Walnut Bowl").categories(bowls).build());
        catalog.publish(product("Olive Bowl").categories(bowls).build());
        api.awaitTotal("category=" + bowls.id(), 2);
        // ready: the check of every document after the start is over, only this test's flip rewrites now
        await().atMost(SearchApi.FIRST_INDEXING).until(() -> api.get("/actuator/health/readiness").status() == 200);
        double before = meters.get("search.stock.rewritten").counter().count();

        inventory.publish(sku(bowl), 2, 1);
        api.awaitNames("inStock=true&category=" + bowls.id(), "Walnut Bowl");

        assertThat(meters.get("search.stock.rewritten").counter().count() - before).isEqualTo(1);
    }

    private static boolean flag(JsonNode result) {
        return result.get("items").get(0).get("inStock").asBoolean();
    }

    private static String sku(ProductChangedV1 product) {
        return product.variants().get(0).sku();
    }
}

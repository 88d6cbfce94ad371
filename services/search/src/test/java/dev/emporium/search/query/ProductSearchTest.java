package dev.emporium.search.query;

import static dev.emporium.search.SearchApi.encode;
import static dev.emporium.search.SearchApi.names;
import static dev.emporium.search.TestProducts.category;
import static dev.emporium.search.TestProducts.eur;
import static dev.emporium.search.TestProducts.gbp;
import static dev.emporium.search.TestProducts.product;
import static dev.emporium.search.TestProducts.usd;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.catalog.ProductChangedV1.CategoryRef;
import dev.emporium.search.CatalogEvents;
import dev.emporium.search.InventoryEvents;
import dev.emporium.search.SearchApi;
import dev.emporium.search.SearchServiceTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SearchServiceTest
class ProductSearchTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    SearchApi api;
    CatalogEvents catalog;

    @BeforeEach
    void setUp() {
        api = new SearchApi(port);
        catalog = new CatalogEvents(kafka, json, SearchServiceTest.TOPIC);
    }

    @Test
    void findsAProductByNameBrandAndDescriptionWithNameRankedFirst() {
        CategoryRef shelf = category("shelf", "Shelf");
        catalog.publish(product("Plain Mug").brand("Zephyrine").categories(shelf).build());
        catalog.publish(product("Plain Cup").description("A cup in the Zephyrine style").categories(shelf).build());
        catalog.publish(product("Zephyrine Teapot").categories(shelf).build());
        catalog.publish(product("Plain Bowl").categories(shelf).build());

        JsonNode result = api.awaitTotal("q=zephyrine&category=" + shelf.id(), 3);

        assertThat(names(result)).containsExactly("Zephyrine Teapot", "Plain Mug", "Plain Cup");
        assertThat(result.get("items").get(0).get("score").asDouble())
                .isGreaterThan(result.get("items").get(1).get("score").asDouble());
    }

    @Test
    void findsShirtsBySingularOrPlural() {
        CategoryRef tops = category("tops", "Tops");
        catalog.publish(product("Linen Shirt").categories(tops).build());
        catalog.publish(product("Oxford Shirts Two-Pack").categories(tops).build());
        catalog.publish(product("Wool Sweater").categories(tops).build());

        api.awaitTotal("category=" + tops.id(), 3);

        assertThat(names(api.search("q=shirts&category=" + tops.id()))).containsExactlyInAnyOrder("Linen Shirt", "Oxford Shirts Two-Pack");
        assertThat(names(api.search("q=shirt&category=" + tops.id()))).containsExactlyInAnyOrder("Linen Shirt", "Oxford Shirts Two-Pack");
    }

    @Test
    void findsShirtsDespiteATypo() {
        CategoryRef tops = category("tops", "Tops");
        catalog.publish(product("Flannel Shirt").categories(tops).build());
        catalog.publish(product("Denim Shirts").categories(tops).build());
        catalog.publish(product("Cotton Trousers").categories(tops).build());
        api.awaitTotal("category=" + tops.id(), 3);

        assertThat(names(api.search("q=shrit&category=" + tops.id()))).containsExactlyInAnyOrder("Flannel Shirt", "Denim Shirts");
        assertThat(names(api.search("q=shrits&category=" + tops.id()))).containsExactlyInAnyOrder("Flannel Shirt", "Denim Shirts");
        assertThat(names(api.search("q=flanel+shirt&category=" + tops.id()))).containsExactly("Flannel Shirt");
    }

    @Test
    void ranksAnExactMatchAboveATypoMatch() {
        CategoryRef shoes = category("shoes", "Shoes");
        catalog.publish(product("Trail Boots").categories(shoes).build());
        catalog.publish(product("Trial Boots").categories(shoes).build());
        api.awaitTotal("category=" + shoes.id(), 2);

        assertThat(names(api.search("q=trail&category=" + shoes.id()))).containsExactly("Trail Boots", "Trial Boots");
        assertThat(names(api.search("q=trial&category=" + shoes.id()))).containsExactly("Trial Boots", "Trail Boots");
    }

    @Test
    void suggestsWordsByPrefix() {
        CategoryRef toys = category("toys", "Toys");
        catalog.publish(product("Quokkaball Classic").categories(toys).build());
        catalog.publish(product("Quokkaball Deluxe").categories(toys).build());
        catalog.publish(product("Quokkaball Mini").categories(toys).build());
        catalog.publish(product("Quokkarope").categories(toys).build());
        api.awaitTotal("category=" + toys.id(), 4);

        assertThat(suggestions("quok")).containsExactly("quokkaball", "quokkarope");
        assertThat(suggestions("QuokkaR")).containsExactly("quokkarope");
        assertThat(suggestions("red quokkab")).containsExactly("red quokkaball");
        assertThat(suggestions("")).isEmpty();
        assertThat(suggestions("qzxqzx")).isEmpty();
    }

    @Test
    void refusesAnOverlongSuggestPrefix() {
        assertProblem(api.get("/api/v1/search/suggest?q=" + "a".repeat(101)), 400, "VALIDATION_FAILED");
        assertThat(api.get("/api/v1/search/suggest?q=" + "a".repeat(100)).status()).isEqualTo(200);
    }

    @Test
    void filtersByParentCategory() {
        CategoryRef clothing = category("clothing", "Clothing");
        CategoryRef men = category("men", "Men");
        CategoryRef menShirts = category("men-shirts", "Men's Shirts");
        CategoryRef women = category("women", "Women");
        catalog.publish(product("Poplin Shirt").categories(clothing, men, menShirts).build());
        catalog.publish(product("Chino Trousers").categories(clothing, men).build());
        catalog.publish(product("Silk Blouse").categories(clothing, women).build());

        api.awaitTotal("category=" + clothing.id(), 3);

        assertThat(names(api.search("category=" + men.id()))).containsExactlyInAnyOrder("Poplin Shirt", "Chino Trousers");
        assertThat(names(api.search("category=" + men.slug()))).containsExactlyInAnyOrder("Poplin Shirt", "Chino Trousers");
        assertThat(names(api.search("category=" + menShirts.slug().toUpperCase()))).containsExactly("Poplin Shirt");
        assertThat(names(api.search("category=" + women.id()))).containsExactly("Silk Blouse");
    }

    @Test
    void filtersByBrandAndPriceRangeInTheRequestedCurrency() {
        CategoryRef kitchen = category("kitchen", "Kitchen");
        catalog.publish(product("Cheap Kettle").brand("Boilco").categories(kitchen)
                .variant(usd("19.99"), eur("30.00"), gbp("15.00")).build());
        catalog.publish(product("Fancy Kettle").brand("Boilco").categories(kitchen)
                .variant(usd("89.00"), eur("20.00"), gbp("70.00"))
                .variant(usd("79.00"), eur("25.00"), gbp("60.00")).build());
        catalog.publish(product("Steel Kettle").brand("Steamly").categories(kitchen)
                .variant(usd("45.00"), eur("40.00"), gbp("35.00")).build());
        catalog.publish(product("Glass Kettle").brand("Brew & Co").categories(kitchen)
                .variant(usd("25.00"), eur("22.00"), gbp("20.00")).build());
        api.awaitTotal("category=" + kitchen.id(), 4);

        String in = "&category=" + kitchen.id();
        assertThat(names(api.search("brand=Boilco" + in))).containsExactlyInAnyOrder("Cheap Kettle", "Fancy Kettle");
        assertThat(names(api.search("brand=Boilco&brand=" + encode("Brew & Co") + in)))
                .containsExactlyInAnyOrder("Cheap Kettle", "Fancy Kettle", "Glass Kettle");
        // the cheapest variant is the product's price: Fancy Kettle costs 79.00 USD, 20.00 EUR
        assertThat(names(api.search("minPrice=20&maxPrice=80" + in)))
                .containsExactlyInAnyOrder("Fancy Kettle", "Steel Kettle", "Glass Kettle");
        assertThat(names(api.search("minPrice=20&maxPrice=25&currency=EUR" + in)))
                .containsExactlyInAnyOrder("Fancy Kettle", "Glass Kettle");
        assertThat(names(api.search("maxPrice=15.00&currency=gbp" + in))).containsExactly("Cheap Kettle");
        assertThat(names(api.search("brand=Boilco&minPrice=50" + in))).containsExactly("Fancy Kettle");

        JsonNode fancy = api.search("q=fancy&currency=EUR" + in).get("items").get(0);
        assertThat(fancy.get("price").get("amount").asString()).isEqualTo("20.00");
        assertThat(fancy.get("price").get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void takesTheCurrencyFromTheAcceptCurrencyHeaderUnlessTheQueryNamesOne() {
        CategoryRef garden = category("garden", "Garden");
        catalog.publish(product("Watering Can").categories(garden).variant(usd("12.50"), eur("11.00"), gbp("9.75")).build());
        api.awaitTotal("category=" + garden.id(), 1);

        JsonNode byHeader = api.search("category=" + garden.id(), "Accept-Currency", "GBP");
        assertThat(byHeader.get("items").get(0).get("price").get("amount").asString()).isEqualTo("9.75");
        JsonNode byParameter = api.search("currency=EUR&category=" + garden.id(), "Accept-Currency", "GBP");
        assertThat(byParameter.get("items").get(0).get("price").get("amount").asString()).isEqualTo("11.00");
        JsonNode byDefault = api.search("category=" + garden.id());
        assertThat(byDefault.get("items").get(0).get("price").get("currency").asString()).isEqualTo("USD");
        assertThat(byDefault.get("items").get(0).get("price").get("amount").asString()).isEqualTo("12.50");
    }

    @Test
    void countsFacetsOverTheMatchingProducts() {
        CategoryRef sport = category("sport", "Sport");
        CategoryRef running = category("running", "Running");
        CategoryRef cycling = category("cycling", "Cycling");
        catalog.publish(product("Racing Jacket").brand("Fleetfoot").categories(sport, running).price("19.00").build());
        catalog.publish(product("Rain Jacket").brand("Fleetfoot").categories(sport, running).price("60.00").build());
        catalog.publish(product("Cycling Jacket").brand("Pedalo").categories(sport, cycling).price("120.00").build());
        catalog.publish(product("Cycling Gloves").brand("Pedalo").categories(sport, cycling).price("24.99").build());
        catalog.publish(product("Summit Jacket").brand("Alpina").categories(sport, cycling).price("650.00").build());
        api.awaitTotal("category=" + sport.id(), 5);

        JsonNode facets = api.search("q=jacket&category=" + sport.id()).get("facets");

        assertThat(facets.get("brand").valueStream().map(f -> f.get("value").asString() + "=" + f.get("count").asInt()))
                .containsExactly("Fleetfoot=2", "Alpina=1", "Pedalo=1");
        assertThat(facets.get("category").valueStream().map(f -> f.get("name").asString() + "=" + f.get("count").asInt()))
                .containsExactly("Cycling=2", "Running=2");
        JsonNode cyclingFacet = facets.get("category").valueStream()
                .filter(f -> f.get("name").asString().equals("Cycling")).findFirst().orElseThrow();
        assertThat(cyclingFacet.get("value").asString()).isEqualTo(cycling.id().toString());
        assertThat(cyclingFacet.get("slug").asString()).isEqualTo(cycling.slug());
        assertThat(facets.get("price").valueStream().map(f -> f.get("from").asString() + ".."
                + (f.get("to").isNull() ? "" : f.get("to").asString()) + "=" + f.get("count").asInt()))
                .containsExactly("0.00..25.00=1", "25.00..50.00=0", "50.00..100.00=1", "100.00..250.00=1",
                        "250.00..500.00=0", "500.00..=1");
        assertThat(facets.get("price").get(5).get("to").isNull()).as("the last bucket is open-ended").isTrue();
    }

    @Test
    void sortsByPriceBothWaysAndByNewest() {
        CategoryRef lamps = category("lamps", "Lamps");
        catalog.publish(product("Desk Lamp").categories(lamps).price("30.00").createdAt(Instant.parse("2026-03-01T00:00:00Z")).build());
        catalog.publish(product("Floor Lamp").categories(lamps).price("120.00").createdAt(Instant.parse("2026-01-01T00:00:00Z")).build());
        catalog.publish(product("Clip Lamp").categories(lamps).price("12.00").createdAt(Instant.parse("2026-02-01T00:00:00Z")).build());
        api.awaitTotal("category=" + lamps.id(), 3);

        String in = "&category=" + lamps.id();
        assertThat(names(api.search("sort=price,asc" + in))).containsExactly("Clip Lamp", "Desk Lamp", "Floor Lamp");
        assertThat(names(api.search("sort=price,desc" + in))).containsExactly("Floor Lamp", "Desk Lamp", "Clip Lamp");
        assertThat(names(api.search("sort=newest" + in))).containsExactly("Desk Lamp", "Clip Lamp", "Floor Lamp");
        // no words: newest first by default
        assertThat(names(api.search(in.substring(1)))).containsExactly("Desk Lamp", "Clip Lamp", "Floor Lamp");
    }

    @Test
    void pagesThroughResults() {
        CategoryRef socks = category("socks", "Socks");
        for (int i = 0; i < 5; i++) {
            catalog.publish(product("Sock " + i).categories(socks).createdAt(Instant.parse("2026-01-0" + (i + 1) + "T00:00:00Z")).build());
        }
        api.awaitTotal("category=" + socks.id(), 5);

        JsonNode first = api.search("category=" + socks.id() + "&size=2");
        JsonNode second = api.search("category=" + socks.id() + "&size=2&page=1");
        JsonNode last = api.search("category=" + socks.id() + "&size=2&page=2");
        JsonNode beyond = api.search("category=" + socks.id() + "&size=2&page=3");

        assertThat(names(first)).containsExactly("Sock 4", "Sock 3");
        assertThat(names(second)).containsExactly("Sock 2", "Sock 1");
        assertThat(names(last)).containsExactly("Sock 0");
        assertThat(names(beyond)).isEmpty();
        assertThat(List.of(first.get("totalItems").asInt(), first.get("page").asInt(), first.get("size").asInt(),
                first.get("totalPages").asInt())).containsExactly(5, 0, 2, 3);
        assertThat(last.get("page").asInt()).isEqualTo(2);
        assertThat(api.search("category=" + socks.id()).get("size").asInt()).isEqualTo(20);
    }

    @Test
    void answersWithTheDocumentedItemShape() {
        CategoryRef hats = category("hats", "Hats");
        ProductChangedV1 hat = catalog.publish(product("Bucket Hat").brand("Headly").categories(hats).price("15.50")
                .images("https://img.example/hat-1.jpg", "https://img.example/hat-2.jpg").build());

        new InventoryEvents(kafka, json).publish(hat.variants().get(0).sku(), 6, 1);
        api.awaitTotal("inStock=true&category=" + hats.id(), 1);
        JsonNode item = api.awaitTotal("q=bucket&category=" + hats.id(), 1).get("items").get(0);

        assertThat(item.get("productId").asString()).isEqualTo(hat.productId().toString());
        assertThat(item.get("slug").asString()).isEqualTo(hat.slug());
        assertThat(item.get("name").asString()).isEqualTo("Bucket Hat");
        assertThat(item.get("brand").asString()).isEqualTo("Headly");
        assertThat(item.get("price").get("amount").asString()).isEqualTo("15.50");
        assertThat(item.get("price").get("currency").asString()).isEqualTo("USD");
        assertThat(item.get("image").asString()).isEqualTo("https://img.example/hat-1.jpg");
        assertThat(item.get("inStock").asBoolean()).isTrue();
        assertThat(item.get("score").asDouble()).isPositive();
        assertThat(api.search("inStock=true&category=" + hats.id()).get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void refusesAnUnsupportedCurrency() {
        JsonNode problem = assertProblem(api.get("/api/v1/search?q=shirt&currency=XYZ"), 400, "VALIDATION_FAILED");
        assertThat(fields(problem)).containsExactly("currency");

        JsonNode byHeader = assertProblem(api.get("/api/v1/search?q=shirt", "Accept-Currency", "JPY"), 400, "VALIDATION_FAILED");
        assertThat(fields(byHeader)).containsExactly("currency");
    }

    @Test
    void refusesBadParametersNamingEach() {
        Map<String, String> badOnes = Map.of(
                "minPrice=abc", "minPrice",
                "maxPrice=-1", "maxPrice",
                "minPrice=50&maxPrice=10", "minPrice",
                "sort=weird", "sort",
                "size=1000", "size",
                "size=0", "size",
                "page=-1", "page",
                "page=abc", "page",
                "inStock=maybe", "inStock",
                "q=" + "x".repeat(201), "q");
        badOnes.forEach((query, field) -> {
            JsonNode problem = assertProblem(api.get("/api/v1/search?" + query), 400, "VALIDATION_FAILED");
            assertThat(fields(problem)).as(query).contains(field);
        });
        assertProblem(api.get("/api/v1/search?page=500&size=100"), 400, "VALIDATION_FAILED");
    }

    @Test
    void answersALongQueryFullOfTyposWithoutError() {
        String words = "waterprof lightweigth trekking jackett with removeable hood and adjustible cuffs for mountian "
                + "hikking in windy condtions plus extra pockets";

        assertThat(api.search("q=" + encode(words)).get("totalItems").asInt()).isZero();
    }

    @Test
    void letsAnyoneSearchWithoutSigningIn() {
        assertThat(api.get("/api/v1/search?q=anything").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/search/suggest?q=an").status()).isEqualTo(200);
    }

    @Test
    void letsSharedCachesKeepAnswersForAFewSecondsPerCurrencyAndLanguage() {
        for (String path : List.of("/api/v1/search?q=anything", "/api/v1/search/suggest?q=an")) {
            var response = api.get(path);

            assertThat(response.header("Cache-Control")).as(path).isEqualTo("max-age=0, must-revalidate, public, s-maxage=2");
            assertThat(response.header("Vary")).as(path).contains("Accept-Currency").contains("Accept-Language");
        }
    }

    @Test
    void answersAnUnchangedSearchWithNotModified() {
        var first = api.get("/api/v1/search?q=anything");

        var again = api.get("/api/v1/search?q=anything", "If-None-Match", first.header("ETag"));

        assertThat(first.header("ETag")).isNotBlank();
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void neverMarksARefusalCacheable() {
        var refused = api.get("/api/v1/search?size=1000");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(String.valueOf(refused.header("Cache-Control"))).doesNotContain("public");
    }

    private List<String> suggestions(String prefix) {
        JsonNode body = api.get("/api/v1/search/suggest?q=" + encode(prefix)).json();
        return body.get("suggestions").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}

package dev.emporium.catalog.product;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.catalog.CatalogApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Browsing the seeded demo shop (96 products in 24 sub-categories of 8 departments). */
@EmporiumServiceTest(properties = { "emporium.catalog.demo.enabled=true", "emporium.catalog.demo.products=96" })
class CatalogBrowsingTest {

    @LocalServerPort int port;
    TestHttp http;

    CatalogApi api;

    @BeforeEach
    void client() {
        api = new CatalogApi(port);
        http = api.http;
    }

    @Test
    void listsActiveProductsPageByPage() {
        JsonNode first = http.get("/api/v1/products?size=20").json();
        JsonNode last = http.get("/api/v1/products?size=20&page=4").json();

        assertThat(first.get("totalItems").asLong()).isEqualTo(96);
        assertThat(first.get("totalPages").asInt()).isEqualTo(5);
        assertThat(first.get("items")).hasSize(20);
        assertThat(last.get("items")).hasSize(16);
        assertThat(first.get("items").get(0).get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void showsTheCategoryTree() {
        JsonNode tree = http.get("/api/v1/categories").json();

        assertThat(tree).hasSize(8);
        assertThat(tree.get(0).get("slug").asString()).isEqualTo("clothing");
        assertThat(tree.get(0).get("children").valueStream().map(c -> c.get("slug").asString()))
                .containsExactly("t-shirts", "shirts", "jackets", "knitwear");
    }

    @Test
    void filtersByADepartmentIncludingItsSubCategories() {
        long clothing = http.get("/api/v1/products?category=clothing").json().get("totalItems").asLong();
        long sum = 0;
        for (String shelf : List.of("t-shirts", "shirts", "jackets", "knitwear")) {
            sum += http.get("/api/v1/products?category=" + shelf).json().get("totalItems").asLong();
        }

        assertThat(clothing).isEqualTo(16).isEqualTo(sum);
    }

    @Test
    void filtersByBrand() {
        JsonNode page = http.get("/api/v1/products?brand=Northwind&size=100").json();

        assertThat(page.get("totalItems").asLong()).isPositive();
        assertThat(page.get("items").valueStream().map(p -> p.get("brand").asString())).containsOnly("Northwind");
    }

    @Test
    void sortsByPriceBothWaysAndByName() {
        assertThat(prices(http.get("/api/v1/products?sort=price,asc&size=100").json())).isSorted();
        assertThat(prices(http.get("/api/v1/products?sort=price,desc&size=100").json()).reversed()).isSorted();
        assertThat(http.get("/api/v1/products?sort=name,asc&size=100").json().get("items").valueStream()
                .map(p -> p.get("name").asString().toLowerCase()).toList()).isSorted();
    }

    @Test
    void pricesEverythingInTheRequestedCurrency() {
        JsonNode byParameter = http.get("/api/v1/products?currency=GBP&size=5").json();
        JsonNode byHeader = http.get("/api/v1/products?size=5", "Accept-Currency", "EUR").json();

        assertThat(byParameter.get("items").valueStream().map(p -> p.get("price").get("currency").asString())).containsOnly("GBP");
        assertThat(byHeader.get("items").valueStream().map(p -> p.get("price").get("currency").asString())).containsOnly("EUR");
    }

    @Test
    void refusesAnUnsupportedCurrencyAnUnknownSortAndAnOversizedPage() {
        assertProblem(http.get("/api/v1/products?currency=JPY"), 400, "VALIDATION_FAILED");
        assertProblem(http.get("/api/v1/products?sort=popularity"), 400, "VALIDATION_FAILED");
        assertProblem(http.get("/api/v1/products?size=101"), 400, "VALIDATION_FAILED");
    }

    @Test
    void answersAnUnchangedProductWithNotModified() {
        String slug = http.get("/api/v1/products?size=1").json().get("items").get(0).get("slug").asString();
        TestHttp.Response first = http.get("/api/v1/products/" + slug);

        TestHttp.Response again = http.get("/api/v1/products/" + slug, "If-None-Match", first.header("ETag"));

        assertThat(first.header("ETag")).isNotBlank();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void answersAnUnchangedListWithNotModified() {
        TestHttp.Response first = http.get("/api/v1/products?page=1");

        assertThat(http.get("/api/v1/products?page=1", "If-None-Match", first.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void pagesThroughTheWholeListInOrderWithoutGapsOrRepeats() {
        for (String sort : List.of("price,asc", "price,desc", "name,asc", "createdAt,desc")) {
            List<String> whole = ids(http.get("/api/v1/products?size=100&sort=" + sort).json());
            List<String> paged = new ArrayList<>();
            for (int page = 0; page < 14; page++) {
                paged.addAll(ids(http.get("/api/v1/products?size=7&sort=" + sort + "&page=" + page).json()));
            }

            assertThat(whole).hasSize(96).doesNotHaveDuplicates();
            assertThat(paged).as(sort).isEqualTo(whole);
        }
    }

    @Test
    void answersAPagePastTheEndWithNoItemsAndTheTotal() {
        JsonNode beyond = http.get("/api/v1/products?size=20&page=500").json();

        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("page").asInt()).isEqualTo(500);
        assertThat(beyond.get("totalItems").asLong()).isEqualTo(96);
    }

    @Test
    void letsSharedCachesKeepPublicReadsForAFewSecondsPerCurrencyAndLanguage() {
        String slug = http.get("/api/v1/products?size=1").json().get("items").get(0).get("slug").asString();

        for (String path : List.of("/api/v1/products?size=5", "/api/v1/products/" + slug, "/api/v1/categories")) {
            TestHttp.Response response = http.get(path);

            assertThat(response.header("Cache-Control")).as(path).isEqualTo("max-age=0, must-revalidate, public, s-maxage=2");
            assertThat(response.header("Vary")).as(path).contains("Accept-Currency").contains("Accept-Language");
        }
    }

    @Test
    void keepsTheProductViewAnAdminSeesPrivate() {
        String slug = http.get("/api/v1/products?size=1").json().get("items").get(0).get("slug").asString();

        TestHttp.Response response = api.asAdmin("GET", "/api/v1/products/" + slug, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("private").doesNotContain("public");
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    @Test
    void findsAProductBySlugAndById() {
        JsonNode listed = http.get("/api/v1/products?size=1").json().get("items").get(0);

        assertThat(http.get("/api/v1/products/" + listed.get("slug").asString()).json().get("id")).isEqualTo(listed.get("id"));
        assertThat(http.get("/api/v1/products/" + listed.get("id").asString()).json().get("slug")).isEqualTo(listed.get("slug"));
    }

    @Test
    void servesTheDemoProductImagesItself() {
        JsonNode product = http.get("/api/v1/products?size=1").json().get("items").get(0);
        String image = product.get("images").get(0).asString();

        TestHttp.Response response = http.get(image);

        assertThat(image).startsWith("/api/v1/products/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(response.body()).startsWith("<svg").contains(product.get("brand").asString().toUpperCase().replace("&", "&amp;"));
    }

    @Test
    void makesBelievableProducts() {
        JsonNode shirt = http.get("/api/v1/products?category=t-shirts&size=1").json().get("items").get(0);

        assertThat(shirt.get("name").asString()).containsAnyOf("T-Shirt", "Tee", "Henley");
        assertThat(shirt.get("description").asString()).hasSizeGreaterThan(60);
        assertThat(shirt.get("variants").size()).isGreaterThanOrEqualTo(4);
        assertThat(shirt.get("variants").get(0).get("attributes").has("size")).isTrue();
        assertThat(shirt.get("weightGrams").asInt()).isPositive();
    }

    private static List<BigDecimal> prices(JsonNode page) {
        return page.get("items").valueStream().map(p -> new BigDecimal(p.get("price").get("amount").asString())).toList();
    }
}

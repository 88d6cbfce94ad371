package dev.emporium.catalog.product;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.catalog.CatalogApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What an admin sends that does not fit a product is a 400 naming the field, whether created, replaced or patched. */
@EmporiumServiceTest
class ProductInputTest {

    @LocalServerPort int port;
    CatalogApi api;
    String category;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
        category = api.createCategory("Shirts " + CatalogApi.uniqueSku(), null);
    }

    private String createProduct() {
        TestHttp.Response response = api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Linen Shirt", category, CatalogApi.uniqueSku(), "ACTIVE", "19.99"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private JsonNode patchFails(String body, String field) {
        TestHttp.Response response = api.asAdmin("PATCH", "/api/v1/admin/products/" + createProduct(), body, "If-Match", "\"1\"");
        JsonNode problem = assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo(field);
        assertThat(response.body()).doesNotContain("dev.emporium", "tools.jackson", "java.");
        return problem;
    }

    @Test
    void namesAFieldOfTheWrongTypeInAPatch() {
        JsonNode problem = patchFails("{\"weightGrams\": \"heavy\"}", "weightGrams");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("must be a whole number");
    }

    @Test
    void namesANestedFieldOfTheWrongTypeInAPatch() {
        patchFails("{\"variants\": [{\"sku\": 42, \"price\": {\"amount\": \"1.00\", \"currency\": \"USD\"}}]}", "variants[0].sku");
    }

    @Test
    void namesAnUnknownStatusInAPatch() {
        JsonNode problem = patchFails("{\"status\": \"active\"}", "status");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("must be one of DRAFT, ACTIVE, ARCHIVED");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "\"1\"", "\"ACTIVE \"" })
    void acceptsOnlyTheExactNameOfAStatusInAPatch(String status) {
        patchFails("{\"status\": " + status + "}", "status");
    }

    @Test
    void namesANumberOutOfRangeInAPatch() {
        patchFails("{\"weightGrams\": 99999999999999999999999}", "weightGrams");
    }

    @Test
    void namesAnObjectWhereTextIsExpectedInAPatch() {
        patchFails("{\"name\": {\"en\": \"Shirt\"}}", "name");
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example/x.png", "/\\\\evil.example/x.png", "\\\\\\\\evil.example\\\\x.png",
        "/images/../admin", "/images/%2e%2e/admin", "/images/..", "javascript:alert(1)", "data:image/png;base64,AAAA",
        "http://cdn.example/x.png", "https:///x.png", "https://user@evil.example/x.png", "/images/a b.png",
        "/images/a\\tb.png", "/images/a\\u0000.png", "images/x.png", "/images/%zz.png", "/images/%2fetc" })
    void refusesAnImageThatIsNeitherAPathOnThisSiteNorAnHttpsUrl(String image) {
        String body = CatalogApi.product("Linen Shirt", category, CatalogApi.uniqueSku(), "ACTIVE", "19.99")
                .replace("\"attributes\": {\"material\"", "\"images\": [\"" + image + "\"], \"attributes\": {\"material\"");
        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products", body), 400, "VALIDATION_FAILED");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("images[0]");
    }

    @Test
    void refusesAnImageOnAnotherSiteInAPatch() {
        patchFails("{\"images\": [\"//evil.example/x.png\"]}", "images[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/products/linen-shirt/images/1", "https://cdn.example.com/shirts/linen.png?w=400" })
    void acceptsAPathOnThisSiteOrAnHttpsUrl(String image) {
        String body = CatalogApi.product("Linen Shirt", category, CatalogApi.uniqueSku(), "ACTIVE", "19.99")
                .replace("\"attributes\": {\"material\"", "\"images\": [\"" + image + "\"], \"attributes\": {\"material\"");
        TestHttp.Response response = api.asAdmin("POST", "/api/v1/admin/products", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().at("/images/0").asString()).isEqualTo(image);
    }
}

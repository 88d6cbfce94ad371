package dev.emporium.catalog.product;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.catalog.CatalogApi;
import dev.emporium.contracts.Topics;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestKafka;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmporiumServiceTest
class ProductAdministrationTest {

    @LocalServerPort int port;
    CatalogApi api;
    String category;
    String sku;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
        category = api.createCategory("Shirts " + CatalogApi.uniqueSku(), null);
        sku = CatalogApi.uniqueSku();
    }

    private JsonNode create(String status) {
        TestHttp.Response response = api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Linen Shirt", category, sku, status, "19.99"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void createsAProductWithVariantsAndPricesInEveryCurrency() {
        JsonNode product = create("ACTIVE");

        assertThat(product.get("slug").asString()).startsWith("linen-shirt");
        assertThat(product.get("version").asLong()).isEqualTo(1);
        JsonNode small = product.get("variants").get(0);
        assertThat(small.get("price").get("amount").asString()).isEqualTo("19.99");
        assertThat(small.get("prices").valueStream().map(p -> p.get("amount").asString() + " " + p.get("currency").asString()))
                .containsExactly("19.99 USD", "18.39 EUR", "15.79 GBP");
    }

    @Test
    void prefersAnExplicitPriceOverTheConvertedOne() {
        String id = create("ACTIVE").get("id").asString();

        JsonNode product = api.http.get("/api/v1/products/" + id + "?currency=EUR").json();

        assertThat(product.get("variants").get(0).get("price").get("amount").asString()).isEqualTo("18.39");
        assertThat(product.get("variants").get(1).get("price").get("amount").asString()).isEqualTo("17.50");
        assertThat(product.get("price").get("amount").asString()).isEqualTo("17.50");
        assertThat(product.get("price").get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void publishesTheFullStateOfEveryChange() {
        JsonNode product = create("ACTIVE");
        String id = product.get("id").asString();
        api.asAdmin("DELETE", "/api/v1/admin/products/" + id, null);

        List<ConsumerRecord<String, byte[]>> records = TestKafka.read(Topics.CATALOG_PRODUCTS, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> id.equals(r.key())).count() >= 2);

        List<ConsumerRecord<String, byte[]>> mine = records.stream().filter(r -> id.equals(r.key())).toList();
        assertThat(mine).hasSize(2);
        assertThat(TestKafka.header(mine.get(0), "ce_type")).isEqualTo("emporium.catalog.product-changed.v1");
        assertThat(TestKafka.value(mine.get(0))).contains("\"status\":\"ACTIVE\"", "\"sku\":\"" + sku + "-S\"", "\"categoryPath\"",
                "\"currency\":\"GBP\"");
        assertThat(TestKafka.value(mine.get(1))).contains("\"status\":\"ARCHIVED\"", "\"version\":2");
    }

    @Test
    void hidesDraftsAndArchivedProductsFromCustomers() {
        String draft = create("DRAFT").get("id").asString();

        assertProblem(api.http.get("/api/v1/products/" + draft), 404, "NOT_FOUND");
        assertThat(api.asAdmin("GET", "/api/v1/products/" + draft, null).status()).isEqualTo(200);
    }

    @Test
    void archivingRemovesTheProductFromPublicReads() {
        JsonNode product = create("ACTIVE");
        String id = product.get("id").asString();

        TestHttp.Response archived = api.asAdmin("DELETE", "/api/v1/admin/products/" + id, null);

        assertThat(archived.json().get("status").asString()).isEqualTo("ARCHIVED");
        assertProblem(api.http.get("/api/v1/products/" + id), 404, "NOT_FOUND");
        assertProblem(api.http.get("/api/v1/products/" + product.get("slug").asString()), 404, "NOT_FOUND");
        assertThat(api.http.get("/api/v1/products?category=" + category).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void replacesAProductAtTheVersionTheAdminEdited() {
        JsonNode product = create("ACTIVE");
        String id = product.get("id").asString();
        String change = CatalogApi.product("Linen Shirt Deluxe", category, sku, "ACTIVE", "24.99").replaceFirst("\\{", "{\"version\": 1,");

        TestHttp.Response updated = api.asAdmin("PUT", "/api/v1/admin/products/" + id, change);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo("Linen Shirt Deluxe");
        assertThat(updated.json().get("slug").asString()).isEqualTo(product.get("slug").asString());
        assertThat(updated.json().get("version").asLong()).isEqualTo(2);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void refusesAStaleWriteAndKeepsTheNewerState() {
        String id = create("ACTIVE").get("id").asString();
        api.asAdmin("PATCH", "/api/v1/admin/products/" + id, "{\"name\": \"First Edit\"}", "If-Match", "\"1\"");

        TestHttp.Response stale = api.asAdmin("PATCH", "/api/v1/admin/products/" + id, "{\"name\": \"Second Edit\"}",
                "If-Match", "\"1\"");

        assertProblem(stale, 412, "STALE_VERSION");
        assertThat(api.http.get("/api/v1/products/" + id).json().get("name").asString()).isEqualTo("First Edit");
    }

    @Test
    void requiresTheEditedVersionOnUpdates() {
        String id = create("ACTIVE").get("id").asString();

        assertProblem(api.asAdmin("PATCH", "/api/v1/admin/products/" + id, "{\"name\": \"Blind Edit\"}"), 428, "VERSION_REQUIRED");
    }

    @Test
    void patchesOnlyTheGivenFields() {
        JsonNode product = create("ACTIVE");
        String id = product.get("id").asString();

        JsonNode patched = api.asAdmin("PATCH", "/api/v1/admin/products/" + id, "{\"brand\": \"Otherbrand\", \"version\": 1}").json();

        assertThat(patched.get("brand").asString()).isEqualTo("Otherbrand");
        assertThat(patched.get("name").asString()).isEqualTo("Linen Shirt");
        assertThat(patched.get("variants")).hasSize(2);
        assertThat(patched.get("variants").get(1).get("prices").get(1).get("amount").asString()).isEqualTo("17.50");
    }

    @Test
    void refusesANegativePriceNamingTheField() {
        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Bad", category, sku, "ACTIVE", "-5.00")), 400, "VALIDATION_FAILED");
        assertThat(fields(problem)).contains("variants[0].price.amount");
        assertNothingWritten();
    }

    @Test
    void refusesAnUnknownCurrencyNamingTheField() {
        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Bad", category, sku, "ACTIVE", "5.00").replace("\"EUR\"", "\"XYZ\"")), 400, "VALIDATION_FAILED");
        assertThat(fields(problem)).contains("variants[1].prices[0].currency");
        assertNothingWritten();
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Bad", category, sku, "ACTIVE", "5.999")), 400, "VALIDATION_FAILED");
        assertThat(fields(problem)).contains("variants[0].price.amount");
    }

    @Test
    void refusesADuplicateSkuWithinAProduct() {
        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Bad", category, sku, "ACTIVE", "5.00").replace(sku + "-M", sku + "-S")), 400, "VALIDATION_FAILED");
        assertThat(fields(problem)).contains("variants[1].sku");
        assertNothingWritten();
    }

    @Test
    void refusesASkuAnotherProductUses() {
        create("ACTIVE");

        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Copycat", category, sku, "ACTIVE", "5.00")), 400, "VALIDATION_FAILED");

        assertThat(fields(problem)).contains("variants[0].sku", "variants[1].sku");
    }

    @Test
    void refusesAMissingNameAndAnUnknownCategory() {
        String body = CatalogApi.product("X", "00000000-0000-0000-0000-000000000000", sku, "ACTIVE", "5.00")
                .replace("\"name\": \"X\",", "");
        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products", body), 400, "VALIDATION_FAILED");
        assertThat(fields(problem)).contains("name");
    }

    @Test
    void refusesATenMegabyteDescriptionNamingTheField() {
        String body = CatalogApi.product("Huge", category, sku, "ACTIVE", "5.00")
                .replace("A fine thing for everyday use.", "x".repeat(10 * 1024 * 1024));

        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products", body), 400, "VALIDATION_FAILED");

        assertThat(fields(problem)).contains("description");
        assertNothingWritten();
    }

    @Test
    void refusesAnUnknownStatus() {
        JsonNode problem = assertProblem(api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Bad", category, sku, "SOLD_OUT", "5.00")), 400, "VALIDATION_FAILED");
        assertThat(fields(problem)).contains("status");
    }

    @Test
    void keepsCustomersOutOfProductAdministration() {
        assertProblem(api.asCustomer("POST", "/api/v1/admin/products", CatalogApi.product("X", category, sku, "ACTIVE", "5.00")),
                403, "FORBIDDEN");
    }

    @Test
    void refusesASecondProductWithTheSameExplicitSlug() {
        String body = CatalogApi.product("Slugged", category, sku, "ACTIVE", "5.00").replaceFirst("\\{", "{\"slug\": \"slugged-" + sku.toLowerCase() + "\",");
        api.asAdmin("POST", "/api/v1/admin/products", body);

        assertProblem(api.asAdmin("POST", "/api/v1/admin/products", body.replace(sku + "-", sku + "X-")), 409, "SLUG_TAKEN");
    }

    @Test
    void keepsAnUnknownWeightUnknown() {
        String body = CatalogApi.product("Weightless", category, sku, "ACTIVE", "5.00").replace("\"weightGrams\": 350, ", "");
        String id = api.asAdmin("POST", "/api/v1/admin/products", body).json().get("id").asString();

        assertThat(api.asAdmin("GET", "/api/v1/products/" + id, null).json().get("weightGrams").isNull()).isTrue();
    }

    private void assertNothingWritten() {
        assertThat(api.asAdmin("GET", "/api/v1/admin/products?status=ACTIVE&category=" + category, null).json()
                .get("totalItems").asLong()).isZero();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}

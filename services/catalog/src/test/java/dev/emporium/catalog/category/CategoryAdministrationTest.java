package dev.emporium.catalog.category;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.catalog.CatalogApi;
import dev.emporium.contracts.Topics;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestKafka;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@EmporiumServiceTest
class CategoryAdministrationTest {

    @LocalServerPort int port;
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
    }

    @Test
    void buildsATree() {
        String parent = api.createCategory("Garden " + CatalogApi.uniqueSku(), null);
        String child = api.createCategory("Tools " + CatalogApi.uniqueSku(), parent);

        var tree = api.http.get("/api/v1/categories").json();

        var node = tree.valueStream().filter(n -> n.get("id").asString().equals(parent)).findFirst().orElseThrow();
        assertThat(node.get("children").get(0).get("id").asString()).isEqualTo(child);
    }

    @Test
    void refusesToMoveACategoryBelowItself() {
        String parent = api.createCategory("Kitchen " + CatalogApi.uniqueSku(), null);
        String child = api.createCategory("Knives " + CatalogApi.uniqueSku(), parent);

        assertProblem(api.asAdmin("PUT", "/api/v1/admin/categories/" + parent,
                "{\"name\": \"Kitchen\", \"parentId\": \"" + child + "\"}"), 409, "CATEGORY_CYCLE");
    }

    @Test
    void refusesToDeleteACategoryWithProducts() {
        String category = api.createCategory("Lamps " + CatalogApi.uniqueSku(), null);
        api.asAdmin("POST", "/api/v1/admin/products", CatalogApi.product("Desk Lamp", category, CatalogApi.uniqueSku(), "ACTIVE", "30.00"));

        assertProblem(api.asAdmin("DELETE", "/api/v1/admin/categories/" + category, null), 409, "CATEGORY_NOT_EMPTY");
    }

    @Test
    void deletesAnEmptyCategory() {
        String category = api.createCategory("Empty " + CatalogApi.uniqueSku(), null);

        assertThat(api.asAdmin("DELETE", "/api/v1/admin/categories/" + category, null).status()).isEqualTo(204);
    }

    @Test
    void republishesItsProductsWhenACategoryIsRenamed() {
        String category = api.createCategory("Rugs " + CatalogApi.uniqueSku(), null);
        String product = api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Wool Rug", category, CatalogApi.uniqueSku(), "ACTIVE", "99.00")).json().get("id").asString();

        api.asAdmin("PUT", "/api/v1/admin/categories/" + category, "{\"name\": \"Carpets and Rugs\"}");

        var records = TestKafka.read(Topics.CATALOG_PRODUCTS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> product.equals(r.key()) && TestKafka.value(r).contains("Carpets and Rugs")));
        assertThat(records.stream().filter(r -> product.equals(r.key())).map(TestKafka::value))
                .anyMatch(value -> value.contains("\"name\":\"Carpets and Rugs\""));
    }

    @Test
    void keepsCustomersOutOfCategoryAdministration() {
        assertProblem(api.asCustomer("POST", "/api/v1/admin/categories", "{\"name\": \"Nope\"}"), 403, "FORBIDDEN");
    }
}

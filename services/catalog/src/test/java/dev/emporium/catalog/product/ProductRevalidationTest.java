package dev.emporium.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.catalog.CatalogApi;
import dev.emporium.catalog.CatalogApplication;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * A client revalidating a product with its ETag gets 304 only while the body it holds is still what catalog would
 * send. (Its own database: the rate-table case restarts catalog with other rates, which reprices every product.)
 */
@EmporiumServiceTest(properties = "emporium.catalog.pricing.rates.GBP=0.79")
class ProductRevalidationTest {

    @LocalServerPort int port;
    @Autowired ConfigurableEnvironment environment;
    CatalogApi api;
    String category;
    String product;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
        category = api.createCategory("Rugs " + CatalogApi.uniqueSku(), null);
        TestHttp.Response created = api.asAdmin("POST", "/api/v1/admin/products",
                CatalogApi.product("Wool Rug", category, CatalogApi.uniqueSku(), "ACTIVE", "19.99"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        product = created.json().get("id").asString();
    }

    @Test
    void answersAnUnchangedProductWithNotModified() {
        TestHttp.Response first = api.http.get("/api/v1/products/" + product);

        TestHttp.Response again = api.http.get("/api/v1/products/" + product, "If-None-Match", first.header("ETag"));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void sendsTheNewCategoryNameToAClientHoldingTheOldOne() {
        TestHttp.Response before = api.http.get("/api/v1/products/" + product);

        TestHttp.Response renamed = api.asAdmin("PUT", "/api/v1/admin/categories/" + category, "{\"name\": \"Carpets and Rugs\"}");
        TestHttp.Response after = api.http.get("/api/v1/products/" + product, "If-None-Match", before.header("ETag"));

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotBlank().isNotEqualTo(before.header("ETag"));
        assertThat(after.json().get("category").get("name").asString()).isEqualTo("Carpets and Rugs");
        assertThat(after.json().get("version").asLong()).isEqualTo(before.json().get("version").asLong());
    }

    @Test
    void sendsTheNewPriceToAClientHoldingOneFromTheOldRateTable() {
        String path = "/api/v1/products/" + product + "?currency=EUR";
        TestHttp.Response before = api.http.get(path);

        try (ConfigurableApplicationContext restarted = catalogWith("emporium.catalog.pricing.rates.EUR", "0.50")) {
            TestHttp restartedHttp = new TestHttp("http://127.0.0.1:" + ((WebServerApplicationContext) restarted).getWebServer().getPort());
            TestHttp.Response after = restartedHttp.get(path, "If-None-Match", before.header("ETag"));

            assertThat(before.json().get("variants").get(0).get("price").get("amount").asString()).isEqualTo("18.39");
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.header("ETag")).isNotBlank().isNotEqualTo(before.header("ETag"));
            assertThat(after.json().get("variants").get(0).get("price").get("amount").asString()).isEqualTo("10.00");
        }
    }

    /** Catalog started again on this test's database and infrastructure, with one setting changed. */
    private ConfigurableApplicationContext catalogWith(String property, String value) {
        Map<String, Object> properties = new HashMap<>();
        PropertySource<?> infrastructure = environment.getPropertySources().get("emporiumTestInfrastructure");
        for (String name : ((EnumerablePropertySource<?>) infrastructure).getPropertyNames()) {
            properties.put(name, infrastructure.getProperty(name));
        }
        properties.put("server.port", "0");
        properties.put(property, value);
        // as command-line arguments, so they win over application.yml as the test's own property source does
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(CatalogApplication.class).run(arguments);
    }
}

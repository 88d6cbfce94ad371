package dev.emporium.web.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.money.Money;
import dev.emporium.web.catalog.Product;
import dev.emporium.web.inventory.InventoryClient.Availability;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProductJsonLdTest {

    private static final Money PRICE = new Money(new BigDecimal("19.99"), "EUR");

    @Test
    void writesNoAngleBracketAProductNameCouldCloseTheScriptElementWith() {
        String json = ProductJsonLd.of(view("</script><script>alert(1)</script>", Map.of()), "https://shop.example");

        assertThat(json).doesNotContain("<", ">").contains("\\u003c/script\\u003e");
        assertThat(JsonMapper.shared().readTree(json).get("name").asString()).isEqualTo("</script><script>alert(1)</script>");
    }

    @Test
    void offersEachVariantAtItsPriceWithItsAvailability() {
        JsonNode json = JsonMapper.shared().readTree(ProductJsonLd.of(view("Linen shirt",
                Map.of("SHIRT-M", new Availability(3, true), "SHIRT-L", new Availability(0, false))), "https://shop.example"));

        assertThat(json.get("@type").asString()).isEqualTo("Product");
        assertThat(json.get("offers")).hasSize(2);
        assertThat(json.get("offers").get(0).get("price").asString()).isEqualTo("19.99");
        assertThat(json.get("offers").get(0).get("priceCurrency").asString()).isEqualTo("EUR");
        assertThat(json.get("offers").get(0).get("availability").asString()).isEqualTo("https://schema.org/InStock");
        assertThat(json.get("offers").get(1).get("availability").asString()).isEqualTo("https://schema.org/OutOfStock");
    }

    @Test
    void namesTheProductsPageAndPicturesByAbsoluteUrls() {
        JsonNode json = JsonMapper.shared().readTree(ProductJsonLd.of(view("Linen shirt", Map.of()), "https://shop.example"));

        assertThat(json.get("url").asString()).isEqualTo("https://shop.example/p/linen-shirt");
        assertThat(json.get("image").get(0).asString()).isEqualTo("https://shop.example/api/v1/products/linen-shirt/images/1");
    }

    private static ProductView view(String name, Map<String, Availability> stock) {
        Product product = new Product(UUID.randomUUID(), "linen-shirt", name, "Cool linen.", "Northwind", null, Map.of(),
                List.of("/api/v1/products/linen-shirt/images/1"), PRICE,
                List.of(new Product.Variant("SHIRT-M", Map.of("size", "M"), PRICE), new Product.Variant("SHIRT-L", Map.of("size", "L"), PRICE)));
        return ProductView.of(product, stock, null, List.of());
    }
}

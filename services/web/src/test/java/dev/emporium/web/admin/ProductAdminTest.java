package dev.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.TestJwts;
import dev.emporium.web.harness.AdminPortalTest;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.RunningServices;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProductAdminTest extends AdminPortalTest {

    @Test
    void createsAProductWithTwoVariantsAndTheirPricesThatCatalogThenHas() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String category = shop.category("Admin shelf " + tag);
        signInAsAdmin();
        Map<String, String> fields = product("Washed linen shirt " + tag, category);
        fields.putAll(Map.of("variants[0].sku", "LINEN-" + tag + "-M", "variants[0].attributes", "size=M; color=sand",
                "variants[0].usd", "49.00", "variants[0].eur", "45.50",
                "variants[1].sku", "LINEN-" + tag + "-L", "variants[1].attributes", "size=L; color=sand",
                "variants[1].usd", "52.00", "variants[1].gbp", "41.00"));

        Page created = browser.submit(browser.get("/admin/products/new"), "form.product-form", fields);

        assertThat(created.status()).isEqualTo(302);
        String id = created.header("Location").replaceFirst(".*/admin/products/", "");
        assertThat(browser.follow(created).text("[role=status]")).isEqualTo("The product was created.");
        JsonNode stored = shop.productAsAdmin(id).orElseThrow();
        assertThat(stored.get("name").asString()).isEqualTo("Washed linen shirt " + tag);
        assertThat(stored.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(stored.get("categoryId").asString()).isEqualTo(category);
        JsonNode medium = stored.get("variants").get(0);
        JsonNode large = stored.get("variants").get(1);
        assertThat(medium.get("sku").asString()).isEqualTo("LINEN-" + tag + "-M");
        assertThat(medium.get("attributes").get("size").asString()).isEqualTo("M");
        assertThat(medium.get("attributes").get("color").asString()).isEqualTo("sand");
        assertThat(prices(medium)).containsEntry("USD", "49.00").containsEntry("EUR", "45.50");
        assertThat(large.get("sku").asString()).isEqualTo("LINEN-" + tag + "-L");
        assertThat(prices(large)).containsEntry("USD", "52.00").containsEntry("GBP", "41.00");
    }

    @Test
    void saysTheProductChangedMeanwhileAndKeepsTheOtherChange() {
        Listed product = shop.product("Stoneware bowl", "Harbor & Hearth", List.of("S", "L"), "14.00", 5);
        signInAsAdmin();
        Page form = browser.get("/admin/products/" + product.id());
        long version = shop.productAsAdmin(product.id()).orElseThrow().get("version").asLong();
        String changedElsewhere = "{\"name\": \"Stoneware bowl, glazed\", \"version\": " + version + "}";
        assertThat(RunningServices.get().catalog().call("PATCH", "/api/v1/admin/products/" + product.id(), changedElsewhere,
                TestJwts.get().admin(UUID.randomUUID())).status()).isEqualTo(200);

        Page conflict = browser.submit(form, "form.product-form", Map.of("name", "Stoneware bowl, matt",
                "brand", "Harbor & Hearth", "status", "ACTIVE", "categoryId", categoryOf(product)));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("form.product-form [role=alert] p")).isEqualTo("This product was changed by someone else since "
                + "you opened it: reload it to see their changes. Nothing was saved.");
        assertThat(conflict.document().selectFirst("#name").attr("value")).isEqualTo("Stoneware bowl, matt");
        JsonNode stored = shop.productAsAdmin(product.id()).orElseThrow();
        assertThat(stored.get("name").asString()).isEqualTo("Stoneware bowl, glazed");
        assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void showsCatalogsRefusalOfAPriceNextToItsFieldAndMakesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String category = shop.category("Refused shelf " + tag);
        signInAsAdmin();
        Map<String, String> fields = product("Negative teapot " + tag, category);
        fields.put("slug", "negative-teapot-" + tag);
        fields.putAll(Map.of("variants[0].sku", "TEAPOT-" + tag, "variants[0].usd", "-5.00"));

        Page refused = browser.submit(browser.get("/admin/products/new"), "form.product-form", fields);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("#variant-0-usd-error"))
                .isEqualTo("Enter a price in USD from 0 to 1,000,000 with at most two decimals.");
        assertThat(refused.document().selectFirst("#variant-0-usd").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().selectFirst("#variant-0-usd").attr("aria-describedby")).isEqualTo("variant-0-usd-error");
        assertThat(refused.document().selectFirst("#variant-0-usd").attr("value")).isEqualTo("-5.00");
        assertThat(refused.html()).doesNotContain("Exception").doesNotContain("must not be negative");
        assertThat(shop.productAsAdmin("negative-teapot-" + tag)).isEmpty();
    }

    @Test
    void findsAProductByPartOfItsSku() {
        Listed wanted = shop.product("Speckled mug", "Harbor & Hearth", List.of("OS"), "11.00", 3);
        shop.product("Plain mug", "Harbor & Hearth", List.of("OS"), "10.00", 3);
        signInAsAdmin();

        Page found = browser.get("/admin/products?status=ACTIVE&q=" + wanted.skus().getFirst().substring(4, 12).toLowerCase());

        assertThat(found.document().select("#results tbody tr a").eachText()).containsExactly("Speckled mug");
    }

    private static Map<String, String> product(String name, String category) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("brand", "Northwind");
        fields.put("categoryId", category);
        fields.put("status", "ACTIVE");
        fields.put("description", "Made in a test of the admin portal.");
        fields.put("weightGrams", "250");
        fields.put("attributes", "material=linen");
        fields.put("images", "");
        return fields;
    }

    private String categoryOf(Listed product) {
        return shop.productAsAdmin(product.id()).orElseThrow().get("categoryId").asString();
    }

    private static Map<String, String> prices(JsonNode variant) {
        Map<String, String> prices = new HashMap<>();
        variant.get("prices").forEach(price -> prices.put(price.get("currency").asString(), price.get("amount").asString()));
        return prices;
    }
}

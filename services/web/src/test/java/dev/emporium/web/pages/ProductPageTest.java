package dev.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProductPageTest extends LiveServicesTest {

    @Test
    void showsAHostileProductNameAsText() {
        String hostile = "<script>alert(1)</script>";
        Listed product = shop.product(hostile, "<b>Evil</b> & Co", List.of("M"), "10.00", 5);

        Page page = browser.get("/p/" + product.slug());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("h1")).isEqualTo(hostile);
        assertThat(page.document().title()).isEqualTo(hostile + " by <b>Evil</b> & Co | Emporium");
        assertThat(page.html()).doesNotContain(hostile).doesNotContain("<b>Evil</b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page.document().select("script:not([src]):not([type=\"application/ld+json\"])")).isEmpty();
    }

    @Test
    void showsEachVariantsPriceInTheChosenCurrencyAndItsStock() {
        Listed product = shop.product("Harbour linen shirt", "Northwind", List.of("S", "M", "L"), "20.00", 12);
        shop.stock(product.skus().get(0), 0);
        shop.stock(product.skus().get(1), 3);

        Page page = browser.get("/p/" + product.slug() + "?currency=EUR");

        List<Element> variants = page.document().select(".variants .variant");
        assertThat(variants).hasSize(3);
        assertThat(variants.get(0).text()).isEqualTo("S €18.40 Out of stock");
        assertThat(variants.get(1).text()).isEqualTo("M €18.40 Only 3 left");
        assertThat(variants.get(2).text()).isEqualTo("L €18.40 In stock");
        assertThat(variants.get(0).selectFirst("input").hasAttr("disabled")).isTrue();
        assertThat(variants.get(1).selectFirst("input").hasAttr("checked")).isTrue();
    }

    @Test
    void startsNoSessionForAnAnonymousVisitorThoughThePageHasAForm() {
        Listed product = shop.product("Quayside apron", "Northwind", List.of("OS"), "15.00", 4);

        Page page = browser.get("/p/" + product.slug());

        assertThat(page.document().select("form.add-to-cart input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(page.cookie("EMPORIUM_SESSION")).isNull();
    }

    @Test
    void describesTheProductToSearchEnginesAsSchemaOrgJsonLd() {
        Listed product = shop.product("Tidewater mug", "Harbor & Hearth", List.of("Blue"), "12.50", 4);

        Page page = browser.get("/p/" + product.slug());

        JsonNode jsonLd = JsonMapper.shared().readTree(page.document().selectFirst("script[type=\"application/ld+json\"]").data());
        assertThat(jsonLd.get("@type").asString()).isEqualTo("Product");
        assertThat(jsonLd.get("name").asString()).isEqualTo("Tidewater mug");
        assertThat(jsonLd.get("brand").get("name").asString()).isEqualTo("Harbor & Hearth");
        assertThat(jsonLd.get("offers").get(0).get("price").asString()).isEqualTo("12.50");
        assertThat(jsonLd.get("offers").get(0).get("priceCurrency").asString()).isEqualTo("USD");
        assertThat(jsonLd.get("offers").get(0).get("availability").asString()).isEqualTo("https://schema.org/InStock");
    }

    @Test
    void weighsLessThan100KilobytesWithItsStylesAndScripts() {
        Listed product = shop.product("Featherweight scarf", "Northwind", List.of("S", "M", "L"), "30.00", 9);

        Page page = browser.get("/p/" + product.slug());

        long bytes = page.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (Element asset : page.document().select("link[rel=stylesheet], script[src]")) {
            Page loaded = browser.get(asset.hasAttr("href") ? asset.attr("href") : asset.attr("src"));
            assertThat(loaded.status()).isEqualTo(200);
            bytes += loaded.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        assertThat(bytes).isLessThan(100 * 1024);
    }

    @Test
    void answersAProductCatalogDoesNotSellWithThe404Page() {
        Page page = browser.get("/p/no-such-product-anywhere");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text("main [role=alert]")).isEqualTo("We cannot find this page.");
    }
}

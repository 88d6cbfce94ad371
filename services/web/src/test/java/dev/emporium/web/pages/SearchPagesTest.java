package dev.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchPagesTest extends LiveServicesTest {

    @Test
    void findsAProductByAWordOfItsNameWithItsBrandAsAFilter() {
        String word = "Quillon" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        Listed product = shop.product(word + " wool blanket", "Fjordhall", List.of("OS"), "80.00", 4);
        shop.awaitInSearch(word, product.id());

        Page results = browser.get("/search?q=" + word);

        assertThat(results.status()).isEqualTo(200);
        assertThat(results.document().title()).isEqualTo("Search results for “" + word + "” | Emporium");
        assertThat(results.document().select(".cards .card h3").eachText()).contains(word + " wool blanket");
        assertThat(results.document().select("form.filters input[name=brand]").eachAttr("value")).contains("Fjordhall");
    }

    @Test
    void suggestsAsTheShopperTypes() {
        String word = "Vellichor" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "y");
        Listed product = shop.product(word + " reading lamp", "Lumen", List.of("OS"), "45.00", 4);
        shop.awaitInSearch(word, product.id());

        Page suggestions = browser.get("/search/suggest?q=" + word.substring(0, 6).toLowerCase(), "HX-Request", "true");

        assertThat(suggestions.status()).isEqualTo(200);
        assertThat(suggestions.document().select("li a")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.attr("href")).startsWith("/search?q="));
    }

    @Test
    void listsACategorysProductsWithSorting() {
        Listed product = shop.product("Brackenridge umbrella", "Fjordhall", List.of("OS"), "35.00", 4);
        shop.awaitInSearch("Brackenridge", product.id());
        String category = browser.get("/p/" + product.slug()).document().selectFirst("nav.breadcrumb a").attr("href");

        Page listing = browser.get(category + "?sort=price,desc");

        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.text("h1")).startsWith("Test shelf");
        assertThat(listing.document().select(".cards .card h3").eachText()).containsExactly("Brackenridge umbrella");
        assertThat(listing.document().selectFirst("#sort option[selected]").attr("value")).isEqualTo("price,desc");
    }

    @Test
    void answersACategoryCatalogDoesNotHaveWithThe404Page() {
        assertThat(browser.get("/c/no-such-category-anywhere").status()).isEqualTo(404);
    }
}

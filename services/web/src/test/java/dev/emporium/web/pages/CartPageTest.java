package dev.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CartPageTest extends LiveServicesTest {

    @Test
    void addsFromTheProductPageWithoutJavaScript() {
        Listed product = onSale("Saltmarsh tote", 10);
        Page page = browser.get("/p/" + product.slug());

        Page added = browser.submit(page, "form.add-to-cart", Map.of("quantity", "2"));
        Page back = browser.follow(added);

        assertThat(added.status()).isEqualTo(302);
        assertThat(back.text("main [role=status]")).startsWith("Added to your cart.");
        assertThat(back.text("#cart-count")).isEqualTo("2");
        Page cart = browser.get("/cart");
        Element line = cart.document().selectFirst("table.lines tbody tr");
        assertThat(line.selectFirst("a").text()).isEqualTo("Saltmarsh tote");
        assertThat(line.selectFirst("input[name=quantity]").attr("value")).isEqualTo("2");
        assertThat(cart.text(".subtotal strong")).isEqualTo("$30.00");
    }

    @Test
    void addsWithHtmxAndUpdatesTheHeadersCountInPlace() {
        Listed product = onSale("Driftwood candle", 10);
        Page page = browser.get("/p/" + product.slug());

        Page fragment = browser.submit(page, "form.add-to-cart", Map.of("quantity", "3"), "HX-Request", "true");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.text("[role=status]")).isEqualTo("Added to your cart.");
        Element count = fragment.document().selectFirst("#cart-count");
        assertThat(count.attr("hx-swap-oob")).isEqualTo("true");
        assertThat(count.text()).isEqualTo("3");
    }

    @Test
    void saysHowManyAreAvailableWhenMoreAreAsked() {
        Listed product = onSale("Lantern of the last three", 3);
        Page page = browser.get("/p/" + product.slug());

        Page back = browser.follow(browser.submit(page, "form.add-to-cart", Map.of("quantity", "5")));

        assertThat(back.text("main [role=alert]")).isEqualTo("Only 3 are available.");
        assertThat(back.text("#cart-count")).isEqualTo("0");
    }

    @Test
    void changesALinesQuantityAndRemovesIt() {
        Listed product = onSale("Pebble coasters", 10);
        browser.submit(browser.get("/p/" + product.slug()), "form.add-to-cart", Map.of("quantity", "1"));
        Page cart = browser.get("/cart");

        Page changed = browser.follow(browser.submit(cart, "table.lines form.quantity", Map.of("quantity", "4")));
        assertThat(changed.document().selectFirst("table.lines input[name=quantity]").attr("value")).isEqualTo("4");
        assertThat(changed.text("#cart-count")).isEqualTo("4");

        Page emptied = browser.follow(browser.submit(changed, "table.lines form:not(.quantity)", Map.of()));
        assertThat(emptied.text("main")).contains("Your cart is empty.");
        assertThat(emptied.text("#cart-count")).isEqualTo("0");
    }

    @Test
    void flagsALineWhoseProductCanNoLongerBeBought() {
        Listed product = onSale("Ephemeral vase", 10);
        browser.submit(browser.get("/p/" + product.slug()), "form.add-to-cart", Map.of("quantity", "2"));
        shop.stock(product.skus().get(0), 1);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(browser.get("/cart").text("table.lines .flag")).isEqualTo("Only 1 available. Please lower the quantity."));
        assertThat(browser.get("/cart").text("main [role=alert]")).isEqualTo("Some items need your attention before you check out.");
    }

    private Listed onSale(String name, int units) {
        Listed product = shop.product(name, "Harbor & Hearth", List.of("OS"), "15.00", units);
        shop.awaitInCart(product.skus().get(0));
        return product;
    }
}

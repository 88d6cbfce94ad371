package dev.emporium.web.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.TestShop.Listed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Visitors without a session share a page rendered for one of them for a moment ({@code page-cache.ttl}, 2 s): each
 * still gets a CSRF token of their own that their browser's cookie matches, and nobody with a session ever gets it.
 */
class AnonymousPageCacheTest extends LiveServicesTest {

    @Test
    void givesEachAnonymousVisitorTheirOwnWorkingTokenInASharedPage() {
        Listed product = shop.product("Lighthouse candle", "Harbor & Hearth", List.of("OS"), "9.00", 6);
        shop.awaitInCart(product.skus().get(0));
        new Browser(port).get("/p/" + product.slug());

        Page shared = browser.get("/p/" + product.slug());
        Page added = browser.submit(shared, "form.add-to-cart", Map.of("quantity", "2"));

        assertThat(shared.cookie("EMPORIUM_CSRF")).isNotNull();
        assertThat(added.status()).isIn(302, 303);
        assertThat(browser.get("/cart").text("#cart-count")).isEqualTo("2");
    }

    @Test
    void neverServesTheSharedPageToAVisitorWithASession() {
        Listed product = shop.product("Saltmarsh scarf", "Northwind", List.of("OS"), "20.00", 6);
        new Browser(port).get("/p/" + product.slug());
        browser.get("/?currency=EUR");

        Page inEuros = browser.get("/p/" + product.slug());

        assertThat(inEuros.text("main")).contains("€");
    }

    @Test
    void servesWhatChangedOnceTheMomentHasPassed() throws InterruptedException {
        Listed product = shop.product("Breakwater mug", "Harbor & Hearth", List.of("OS"), "14.00", 6);
        assertThat(browser.get("/p/" + product.slug()).text("p.stock")).isEqualTo("In stock");
        shop.stock(product.skus().get(0), 0);

        Thread.sleep(Duration.ofMillis(2500));

        assertThat(new Browser(port).get("/p/" + product.slug()).text("p.stock")).isEqualTo("Out of stock");
    }

    @Test
    void keepsThePageInTheVisitorsLanguage() {
        Listed product = shop.product("Pierhead lantern", "Northwind", List.of("OS"), "30.00", 6);
        new Browser(port).get("/p/" + product.slug(), "Accept-Language", "en");

        Page german = browser.get("/p/" + product.slug(), "Accept-Language", "de-DE,de;q=0.9");

        assertThat(german.document().selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(german.header("Content-Language")).isEqualTo("de");
    }
}

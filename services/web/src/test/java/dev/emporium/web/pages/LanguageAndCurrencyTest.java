package dev.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.ServicesDownTest;
import org.junit.jupiter.api.Test;

/** English or German, USD, EUR or GBP: chosen by links that work without JavaScript, kept in the session. */
class LanguageAndCurrencyTest extends ServicesDownTest {

    @Test
    void writesThePageInGermanOnceChosenAndKeepsIt() {
        browser.get("/?lang=de");

        Page home = browser.get("/");

        assertThat(home.document().selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(home.text("h1")).isEqualTo("Willkommen bei Emporium");
    }

    @Test
    void writesInGermanForABrowserThatPrefersIt() {
        Page home = browser.get("/", "Accept-Language", "de-CH, en;q=0.5");

        assertThat(home.document().selectFirst("html").attr("lang")).isEqualTo("de");
    }

    @Test
    void staysInEnglishWhenAskedForALanguageTheShopIsNotWrittenIn() {
        Page home = browser.get("/?lang=fr");

        assertThat(home.document().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.header("Set-Cookie")).isNull();
    }

    @Test
    void keepsTheChosenCurrencyForTheNextPages() {
        browser.get("/?currency=EUR");

        Page home = browser.get("/");

        assertThat(home.text("footer")).contains("Prices are shown in EUR.");
        assertThat(home.document().selectFirst("a[aria-current=true]:contains(EUR)")).isNotNull();
    }

    @Test
    void linksEachChoiceToTheSamePageWithItsOtherParameters() {
        Page results = browser.get("/search?q=linen+shirt&sort=price,asc");

        assertThat(results.document().selectFirst("a[hreflang=de]").attr("href")).isEqualTo("/search?q=linen+shirt&sort=price%2Casc&lang=de");
    }
}

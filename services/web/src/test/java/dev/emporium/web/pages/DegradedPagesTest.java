package dev.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.ServicesDownTest;
import org.junit.jupiter.api.Test;

/** A service that is down takes its part of the page with it, not the page. */
class DegradedPagesTest extends ServicesDownTest {

    @Test
    void showsTheHomePageWithItsProductListsMarkedUnavailable() {
        Page home = browser.get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text("h1")).isEqualTo("Welcome to Emporium");
        assertThat(home.document().select("main [role=status]")).hasSize(2)
                .allSatisfy(notice -> assertThat(notice.text()).isEqualTo("These products cannot be shown right now. Please try again in a moment."));
    }

    @Test
    void saysSearchIsUnavailableWhereTheResultsWouldBe() {
        Page results = browser.get("/search?q=shirt");

        assertThat(results.status()).isEqualTo(200);
        assertThat(results.text(".results [role=alert]")).isEqualTo("Products cannot be listed right now. Please try again in a moment.");
        assertThat(results.document().selectFirst("form[role=search] input[name=q]").attr("value")).isEqualTo("shirt");
    }

    @Test
    void suggestsNothingWhileSearchIsDown() {
        Page suggestions = browser.get("/search/suggest?q=shi", "HX-Request", "true");

        assertThat(suggestions.status()).isEqualTo(200);
        assertThat(suggestions.html()).isBlank();
    }

    @Test
    void answersAProductPageWithA503PageWhileCatalogIsDown() {
        Page product = browser.get("/p/linen-shirt");

        assertThat(product.status()).isEqualTo(503);
        assertThat(product.header("Retry-After")).isEqualTo("5");
        assertThat(product.text("main [role=alert]")).isEqualTo("This page cannot be shown right now. Please try again in a moment.");
        assertThat(product.document().selectFirst("header form[role=search]")).isNotNull();
    }

    @Test
    void saysOnTheSignInFormThatSigningInIsUnavailable() {
        Page form = browser.get("/login");

        Page answer = browser.submit(form, "main form", java.util.Map.of("email", "ada@example.com", "password", "correct horse battery"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.text("main form [role=alert]")).isEqualTo("Signing in is not possible right now. Please try again in a moment.");
        assertThat(answer.document().selectFirst("#email").attr("value")).isEqualTo("ada@example.com");
        assertThat(answer.document().selectFirst("#password").attr("value")).isEmpty();
    }

    @Test
    void answersAnUnknownAddressWithTheStorefronts404Page() {
        Page missing = browser.get("/no/such/page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("main [role=alert]")).isEqualTo("We cannot find this page.");
        assertThat(missing.text(".reference")).startsWith("Reference: ");
    }
}

package dev.emporium.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.ServicesDownTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every form carries a CSRF token matching the browser's own token cookie; a post without it changes nothing and
 * says what to do. Reading pages starts no session.
 */
class CsrfTest extends ServicesDownTest {

    @Test
    void refusesAFormPostWithoutTheCsrfToken() {
        browser.get("/login");

        Page refused = browser.post("/cart/items", Map.of("sku", "LINEN-SHIRT-M", "quantity", "1", "slug", "linen-shirt"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("main [role=alert]")).isEqualTo("This form has expired. Please go back, reload the page and try again.");
    }

    @Test
    void refusesATokenFromAnotherBrowser() {
        String othersToken = new Browser(port).get("/login").document().selectFirst("input[name=_csrf]").attr("value");
        browser.get("/login");

        Page refused = browser.post("/logout", Map.of("_csrf", othersToken));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void putsTheTokenInEveryFormThatPosts() {
        Page signIn = browser.get("/login");

        assertThat(signIn.document().select("form[method=post]")).isNotEmpty()
                .allSatisfy(form -> assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank());
    }

    @Test
    void keepsTheTokenInAnHttpOnlySameSiteLaxCookieAndStartsNoSessionForAPageWithAForm() {
        Page signIn = browser.get("/login");

        assertThat(signIn.cookie("EMPORIUM_CSRF")).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(signIn.cookie("EMPORIUM_SESSION")).isNull();
    }

    @Test
    void keepsTheTokenAcrossPagesSoFormsInOtherTabsStayValid() {
        Page first = browser.get("/login");
        Page second = browser.get("/register");

        assertThat(second.cookie("EMPORIUM_CSRF")).isNull();
        Page refusedOnlyForTheCredentials = browser.submit(first, "main form", Map.of("email", "a@example.com", "password", "x"));
        assertThat(refusedOnlyForTheCredentials.status()).isNotEqualTo(403);
    }

    @Test
    void keepsTheSessionInAnHttpOnlySameSiteLaxCookieOnceTheShopperChangesSomething() {
        Page euro = browser.get("/login?currency=EUR");

        assertThat(euro.cookie("EMPORIUM_SESSION")).contains("HttpOnly").contains("SameSite=Lax");
    }
}

package dev.emporium.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.ServicesDownTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every form carries the session's CSRF token; a post without it changes nothing and says what to do. */
class CsrfTest extends ServicesDownTest {

    @Test
    void refusesAFormPostWithoutTheSessionsCsrfToken() {
        browser.get("/login");

        Page refused = browser.post("/cart/items", Map.of("sku", "LINEN-SHIRT-M", "quantity", "1", "slug", "linen-shirt"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("main [role=alert]")).isEqualTo("This form has expired. Please go back, reload the page and try again.");
    }

    @Test
    void refusesATokenFromAnotherSession() {
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
    void keepsTheSessionInAnHttpOnlySameSiteLaxCookie() {
        Page signIn = browser.get("/login");

        assertThat(signIn.header("Set-Cookie")).startsWith("EMPORIUM_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(signIn.raw().headers().allValues("Set-Cookie")).hasSize(1);
    }
}

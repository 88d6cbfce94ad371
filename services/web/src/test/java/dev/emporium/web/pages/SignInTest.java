package dev.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignInTest extends LiveServicesTest {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void registersSignsInAndGreetsTheCustomer() {
        Page home = browser.follow(register("Ada Lovelace", email()));

        assertThat(home.text("header nav.account")).contains("Hello, Ada Lovelace").doesNotContain("Sign in");
    }

    @Test
    void signsInWithTheRightPasswordAndGoesBackToThePageItCameFrom() {
        String email = email();
        register("Grace Hopper", email);
        Browser other = new Browser(port);
        Page form = other.get("/login?next=/cart");

        Page signedIn = other.submit(form, "main form", Map.of("email", email, "password", PASSWORD));

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/cart");
        assertThat(other.follow(signedIn).text("header nav.account")).contains("Hello, Grace Hopper");
    }

    @Test
    void saysTheEmailOrPasswordIsWrongWithoutSayingWhich() {
        String email = email();
        register("Alan Turing", email);
        Browser other = new Browser(port);

        Page refused = other.submit(other.get("/login"), "main form", Map.of("email", email, "password", "not the password"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("main form [role=alert]")).isEqualTo("The email address or the password is not right.");
    }

    @Test
    void saysOnTheEmailFieldThatAnAccountExistsAlready() {
        String email = email();
        register("Ada Lovelace", email);
        Browser other = new Browser(port);

        Page refused = other.submit(other.get("/register"), "main form", Map.of("name", "Ada", "email", email, "password", PASSWORD));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("#email-error")).isEqualTo("An account with this email address exists already. Sign in instead.");
    }

    @Test
    void renewsTheSessionIdOnSignInAndKeepsTheTokensOutOfThePage() {
        // a guest with a session (a chosen currency) signs up: the session goes on under a new id
        Page form = browser.get("/register?currency=EUR");
        String before = form.cookie("EMPORIUM_SESSION");
        assertThat(before).startsWith("EMPORIUM_SESSION=");

        Page registered = browser.submit(form, "main form", Map.of("name", "Hedy Lamarr", "email", email(), "password", PASSWORD));
        Page home = browser.follow(registered);

        assertThat(registered.cookie("EMPORIUM_SESSION")).startsWith("EMPORIUM_SESSION=").isNotEqualTo(before);
        assertThat(home.html()).doesNotContain("eyJ");
    }

    @Test
    void mergesTheGuestCartIntoTheCustomersOnSignIn() {
        Listed product = shop.product("Gullwing teapot", "Harbor & Hearth", List.of("OS"), "25.00", 10);
        shop.awaitInCart(product.skus().get(0));
        browser.submit(browser.get("/p/" + product.slug()), "form.add-to-cart", Map.of("quantity", "2"));

        Page home = browser.follow(register("Margaret Hamilton", email()));

        assertThat(home.text("#cart-count")).isEqualTo("2");
        Page cart = browser.get("/cart");
        assertThat(cart.text("table.lines tbody a")).isEqualTo("Gullwing teapot");
    }

    @Test
    void signsOutWithAFormPost() {
        Page home = browser.follow(register("Katherine Johnson", email()));

        Page signedOut = browser.follow(browser.submit(home, "header form[action$=logout]", Map.of()));

        assertThat(signedOut.text("header nav.account")).contains("Sign in").doesNotContain("Hello");
    }

    private Page register(String name, String email) {
        Page registered = browser.submit(browser.get("/register"), "main form", Map.of("name", name, "email", email, "password", PASSWORD));
        assertThat(registered.status()).as(registered.html()).isEqualTo(302);
        return registered;
    }

    private static String email() {
        return "shopper-" + UUID.randomUUID() + "@example.com";
    }
}

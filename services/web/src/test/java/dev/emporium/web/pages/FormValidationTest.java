package dev.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.ServicesDownTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input on a form comes back as a message next to the field, announced, never as an error page. */
class FormValidationTest extends ServicesDownTest {

    @Test
    void showsEachRegistrationMistakeNextToItsField() {
        Page form = browser.get("/register");

        Page answer = browser.submit(form, "main form", Map.of("name", " ", "email", "ada@localhost", "password", "short"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("main form [role=alert]")).isEqualTo("Please correct the marked fields.");
        assertThat(answer.text("#name-error")).isEqualTo("Enter your name.");
        assertThat(answer.text("#email-error")).isEqualTo("Enter an email address like name@example.com.");
        assertThat(answer.text("#password-error")).isEqualTo("Use 10 to 128 characters.");
        assertThat(answer.document().selectFirst("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(answer.document().selectFirst("#email").attr("value")).isEqualTo("ada@localhost");
    }

    @Test
    void showsRegistrationMistakesInTheShoppersLanguage() {
        browser.get("/?lang=de");
        Page form = browser.get("/register");

        Page answer = browser.submit(form, "main form", Map.of("name", "Ada", "email", "ada@example.com", "password", "kurz"));

        assertThat(answer.text("#password-error")).isEqualTo("Verwenden Sie 10 bis 128 Zeichen.");
    }

    @Test
    void asksForTheEmailWhenSignInIsSentWithoutIt() {
        Page form = browser.get("/login");

        Page answer = browser.submit(form, "main form", Map.of("email", "", "password", "whatever12"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("#email-error")).isEqualTo("Enter your email address.");
    }

    @Test
    void answersAnHtmxAddOfTooManyUnitsWithAnAlertInPlace() {
        Page product = browser.get("/login");

        Page answer = browser.post("/cart/items", Map.of("_csrf", csrf(product), "sku", "LINEN-SHIRT-M", "quantity", "100",
                "slug", "linen-shirt"), "HX-Request", "true");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("[role=alert]")).isEqualTo("Enter a quantity from 1 to 99.");
    }

    @Test
    void sendsAPlainAddOfANonNumberBackToTheProductWithTheMessage() {
        Page product = browser.get("/login");

        Page answer = browser.post("/cart/items", Map.of("_csrf", csrf(product), "sku", "LINEN-SHIRT-M", "quantity", "two",
                "slug", "linen-shirt"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/p/linen-shirt?sku=LINEN-SHIRT-M");
    }

    @Test
    void showsAQuantityThatIsNotOneOnTheCartPage() {
        Page page = browser.get("/cart");

        Page answer = browser.post("/cart/items/LINEN-SHIRT-M", Map.of("_csrf", csrf(browser.get("/login")), "quantity", "-1"));
        Page cart = browser.follow(answer);

        assertThat(page.status()).isEqualTo(200);
        assertThat(cart.text("main [role=alert]")).isEqualTo("Enter a quantity from 1 to 99.");
    }

    private static String csrf(Page page) {
        return page.document().selectFirst("input[name=_csrf]").attr("value");
    }
}

package dev.emporium.web.account;

import static dev.emporium.web.harness.Shopper.APPROVED;
import static dev.emporium.web.harness.Shopper.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.Shopper;
import dev.emporium.web.harness.TestShop.Listed;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The account's profile and address book against the real identity, and a saved address at checkout. */
class AccountPagesTest extends LiveServicesTest {

    @Test
    void changesTheNameAndGreetsTheCustomerByItAtOnce() {
        Shopper ada = Shopper.signedUp(browser, "Ada Byron");

        Page renamed = browser.follow(browser.submit(browser.get("/account"), "form.rename", Map.of("name", "Ada Lovelace")));

        assertThat(renamed.text("main [role=status]")).isEqualTo("Your name is changed.");
        assertThat(renamed.text(".profile-name")).isEqualTo("Ada Lovelace");
        assertThat(renamed.text(".profile-email")).isEqualTo(ada.email());
        assertThat(renamed.text("header nav.account")).contains("Hello, Ada Lovelace");
    }

    @Test
    void saysWhatIsWrongWithAnAddressNextToItsFieldThenSavesAndDeletesIt() {
        Shopper.signedUp(browser, "Grace Hopper");
        Map<String, String> address = new LinkedHashMap<>(Map.of("fullName", "Grace Hopper", "line1", "1 Navy Way",
                "postalCode", "20001", "city", "Washington", "country", "US"));

        Page refused = browser.submit(browser.get("/account/addresses"), "form.add-address", address);
        address.put("region", "DC");
        Page saved = browser.follow(browser.submit(refused, "form.add-address", address));
        Page deleted = browser.follow(browser.submit(saved, ".address-book form", Map.of()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("#region-error")).isEqualTo("For the United States, enter the state's two-letter code, like CA or NY.");
        assertThat(refused.document().selectFirst("#region").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().selectFirst("#city").attr("value")).isEqualTo("Washington");
        assertThat(saved.text(".address-book")).contains("1 Navy Way").contains("20001 Washington").contains("United States");
        assertThat(deleted.text("main [role=status]")).isEqualTo("The address is deleted.");
        assertThat(deleted.document().select(".address-book li")).isEmpty();
    }

    @Test
    void offersTheSavedAddressAtCheckoutAndShipsThere() {
        Shopper alan = Shopper.signedUp(browser, "Alan Turing");
        browser.submit(browser.get("/account/addresses"), "form.add-address", Map.of("fullName", "Alan Turing",
                "line1", "Bletchley Park", "postalCode", "MK3 6EB", "city", "Milton Keynes", "country", "GB"));
        Listed product = shop.product("Enigma puzzle", "Harbor & Hearth", List.of("OS"), "10.00", 10);
        shop.awaitInCart(product.skus().getFirst());
        alan.add(product, 1);

        AtomicReference<Page> quoted = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            quoted.set(browser.get("/checkout"));
            return !quoted.get().text("#summary .total-amount").isEmpty();
        });
        Page checkout = quoted.get();
        Page confirmation = alan.confirmation(browser.submit(checkout, "#checkout-form", card(APPROVED)));

        assertThat(checkout.document().selectFirst("input[name=addressId][checked]").attr("value")).isNotEqualTo("new");
        assertThat(confirmation.text(".shipping-address")).contains("Bletchley Park").contains("United Kingdom");
    }
}

package dev.emporium.web.checkout;

import static dev.emporium.web.harness.Shopper.APPROVED;
import static dev.emporium.web.harness.Shopper.DECLINED;
import static dev.emporium.web.harness.Shopper.card;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.Shopper;
import dev.emporium.web.harness.TestShop.Listed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;

/**
 * The card number goes to checkout in one request body and nowhere else: not into a page (not even the form after a
 * refusal), not into the session in Redis, not into any log of this JVM (the storefront's and every service's).
 */
@ExtendWith(OutputCaptureExtension.class)
class CardDataTest extends LiveServicesTest {

    @Autowired RedisConnectionFactory redis;
    @Value("${spring.session.data.redis.namespace}") String sessions;

    @Test
    void keepsTheCardNumberOutOfEveryPageSessionAttributeAndLog(CapturedOutput output) {
        Listed product = shop.product("Ship's bell", "Harbor & Hearth", List.of("OS"), "10.00", 10);
        shop.awaitInCart(product.skus().getFirst());
        Shopper ada = Shopper.signedUp(browser, "Ada Lovelace");
        ada.add(product, 1);
        List<Page> pages = new ArrayList<>();
        Page checkout = ada.checkoutQuoted();
        pages.add(checkout);
        pages.add(browser.submitWith(checkout, "#checkout-form", "button[formaction]", card(DECLINED)));
        pages.add(ada.placeOrder(checkout, Map.of("cardNumber", DECLINED, "expMonth", "13", "expYear", "2035", "cvc", "123")));
        Page declined = ada.placeOrder(checkout, card(DECLINED));
        pages.add(declined);
        Page confirmation = ada.confirmation(ada.placeOrder(declined, card(APPROVED)));
        pages.add(confirmation);
        pages.add(browser.get(confirmation.document().selectFirst("a[href^=/account/orders/]").attr("href")));
        pages.add(browser.get("/account/orders"));

        assertThat(declined.status()).isEqualTo(402);
        assertThat(confirmation.text(".order-number")).startsWith("EM-");
        assertThat(pages).allSatisfy(page -> assertThat(page.html()).doesNotContain(APPROVED).doesNotContain(DECLINED));
        assertThat(sessionValues()).isNotEmpty()
                .allSatisfy(value -> assertThat(value).doesNotContain(APPROVED).doesNotContain(DECLINED));
        assertThat(output.getAll()).doesNotContain(APPROVED).doesNotContain(DECLINED);
    }

    /** Every value of every session of this test context, as Redis holds it (Java-serialized attributes read as text). */
    private List<String> sessionValues() {
        List<String> values = new ArrayList<>();
        try (var connection = redis.getConnection();
                Cursor<byte[]> keys = connection.keyCommands().scan(ScanOptions.scanOptions().match(sessions + ":*").count(1000).build())) {
            keys.forEachRemaining(key -> connection.hashCommands().hGetAll(key).values()
                    .forEach(value -> values.add(new String(value, StandardCharsets.ISO_8859_1))));
        }
        return values;
    }
}

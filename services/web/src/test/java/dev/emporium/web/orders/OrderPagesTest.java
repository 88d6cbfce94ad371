package dev.emporium.web.orders;

import static dev.emporium.web.harness.Shopper.APPROVED;
import static dev.emporium.web.harness.Shopper.card;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.web.harness.Browser;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.RunningServices;
import dev.emporium.web.harness.Shopper;
import dev.emporium.web.harness.TestShop.Listed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account's orders against the real order service (placed through the real checkout). */
class OrderPagesTest extends LiveServicesTest {

    @Test
    void showsTheStatusHistoryWithDatesInTheShoppersLanguageAndCancelsBeforeShipping() {
        Shopper ada = Shopper.signedUp(browser, "Ada Lovelace");
        String orderPath = placeOrder(ada, "Ship in a bottle");

        Page order = browser.get(orderPath + "?lang=de");
        Page cancelled = browser.follow(browser.submit(order, "form.cancel-order", Map.of()));

        assertThat(order.text(".order-status strong")).isEqualTo("Bestätigt");
        assertThat(order.document().select(".history li").eachText()).last().asString()
                .matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}: Bestätigt");
        assertThat(cancelled.text("main [role=status]")).isEqualTo("Die Bestellung ist storniert. Die Zahlung wird erstattet.");
        assertThat(cancelled.text(".order-status strong")).isEqualTo("Storniert");
        assertThat(cancelled.document().select(".history li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cancelled.document().select("form.cancel-order")).isEmpty();
    }

    @Test
    void saysAShippedOrderCanNoLongerBeCancelledAndShowsItsTracking() {
        Shopper grace = Shopper.signedUp(browser, "Grace Hopper");
        String orderPath = placeOrder(grace, "Barometer");
        Page order = browser.get(orderPath);
        ship(orderPath.substring(orderPath.lastIndexOf('/') + 1));

        Page refused = browser.follow(browser.submit(order, "form.cancel-order", Map.of()));

        assertThat(refused.text("main [role=alert]")).isEqualTo("This order can no longer be cancelled: it has shipped or is still being placed.");
        assertThat(refused.text(".order-status strong")).isEqualTo("Shipped");
        assertThat(refused.text(".tracking")).contains("Shipped with EMPORIUM_POST, tracking number EP");
        assertThat(refused.document().select("form.cancel-order")).isEmpty();
    }

    @Test
    void answersAnotherCustomersOrderWithTheNotFoundPage() {
        String orderPath = placeOrder(Shopper.signedUp(browser, "Alan Turing"), "Sextant");
        Browser other = new Browser(port);
        Shopper.signedUp(other, "Hedy Lamarr");

        Page theirs = other.get(orderPath);
        Page theirConfirmation = other.get(orderPath.replace("/account/orders/", "/checkout/complete/"));

        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.text("main [role=alert]")).isEqualTo("We cannot find this page.");
        assertThat(theirs.html()).doesNotContain("Sextant");
        assertThat(theirConfirmation.status()).isEqualTo(404);
    }

    @Test
    void listsTheOrdersNewestFirst() {
        Shopper ada = Shopper.signedUp(browser, "Ada Lovelace");
        String first = placeOrder(ada, "Telescope");
        String second = placeOrder(ada, "Spyglass");

        Page orders = browser.get("/account/orders");

        assertThat(orders.document().select("table.orders tbody tr td:first-child a").eachAttr("href")).containsExactly(second, first);
    }

    /** Places an order of one unit of a new product; the path of its page in the account. */
    private String placeOrder(Shopper shopper, String name) {
        Listed product = shop.product(name, "Harbor & Hearth", List.of("OS"), "10.00", 10);
        shop.awaitInCart(product.skus().getFirst());
        shopper.add(product, 1);
        Page confirmation = shopper.confirmation(shopper.placeOrder(shopper.checkoutQuoted(), card(APPROVED)));
        return confirmation.document().selectFirst("a[href^=/account/orders/]").attr("href");
    }

    private static void ship(String orderId) {
        TestHttp.Response shipped = RunningServices.get().order().call("POST", "/api/v1/admin/orders/" + orderId + "/ship",
                "{\"carrier\": \"EMPORIUM_POST\"}", TestJwts.get().admin(UUID.randomUUID()));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
    }
}

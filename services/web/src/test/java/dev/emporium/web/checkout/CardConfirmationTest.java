package dev.emporium.web.checkout;

import static dev.emporium.web.harness.Shopper.NEEDS_CONFIRMATION;
import static dev.emporium.web.harness.Shopper.card;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.testsupport.TestHttp;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.RunningServices;
import dev.emporium.web.harness.Shopper;
import dev.emporium.web.harness.TestShop.Listed;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The card that needs its holder (3-D Secure style): checkout answers 202, the storefront sends the browser to the
 * built-in provider's confirmation page (at the gateway's address, which routes it to payment), and the provider
 * sends it back to {@code /checkout/{checkoutId}} (checkout's {@code saga.return-url}), which waits for the checkout,
 * then shows the order or says why there is none. The harness has no gateway: the test opens the provider's page on
 * payment's own address and follows the way back on the storefront's.
 */
class CardConfirmationTest extends LiveServicesTest {

    private final TestHttp payment = RunningServices.get().payment().http();
    private Shopper ada;

    @BeforeEach
    void aCustomerWithACart() {
        Listed product = shop.product("Storm lantern", "Harbor & Hearth", List.of("OS"), "10.00", 10);
        shop.awaitInCart(product.skus().getFirst());
        ada = Shopper.signedUp(browser, "Ada Lovelace");
        ada.add(product, 1);
    }

    @Test
    void sendsTheCustomerToTheProvidersConfirmationPageAndShowsTheOrderOnceConfirmed() {
        Page placed = ada.placeOrder(ada.checkoutQuoted(), card(NEEDS_CONFIRMATION));
        URI provider = URI.create(placed.header("Location"));
        TestHttp.Response confirmationPage = payment.get(provider.getRawPath());
        URI back = URI.create(decide(provider, "confirm").header("Location"));
        Page order = ada.confirmation(browser.get(back.getRawPath()));

        assertThat(placed.status()).isEqualTo(302);
        assertThat(provider.toString()).startsWith("http://localhost:8080/api/v1/payments/confirmations/");
        assertThat(confirmationPage.body()).contains("Confirm your payment");
        assertThat(back.toString()).matches("http://localhost:8080/checkout/[0-9a-f-]{36}");
        assertThat(order.text(".order-number")).startsWith("EM-");
        assertThat(order.text(".payment-card")).endsWith("ending in 3220");
    }

    @Test
    void waitsOnAPageThatAsksAgainWithHtmxOrARefreshUntilTheCustomerConfirms() {
        Page placed = ada.placeOrder(ada.checkoutQuoted(), card(NEEDS_CONFIRMATION));

        Page waiting = browser.get("/checkout/" + awaitingCheckout());

        assertThat(waiting.status()).isEqualTo(202);
        assertThat(waiting.document().selectFirst("head noscript").html()).contains("http-equiv=\"refresh\"");
        assertThat(waiting.document().selectFirst("#checkout-status").attr("hx-trigger")).isEqualTo("every 2s");
        assertThat(waiting.document().selectFirst("#checkout-status a[href^=http]").attr("href")).isEqualTo(placed.header("Location"));
    }

    @Test
    void saysNothingWasChargedWhenTheCustomerCancelsAtTheProvider() {
        Page placed = ada.placeOrder(ada.checkoutQuoted(), card(NEEDS_CONFIRMATION));
        URI back = URI.create(decide(URI.create(placed.header("Location")), "decline").header("Location"));

        Page failed = ada.confirmation(browser.get(back.getRawPath()));

        assertThat(failed.status()).isEqualTo(402);
        assertThat(failed.text("main [role=alert]")).startsWith("Your card was declined. Nothing was charged");
        assertThat(ada.orderNumbers()).isEmpty();
        assertThat(browser.get("/cart").text("table.lines tbody")).contains("Storm lantern");
    }

    private TestHttp.Response decide(URI provider, String decision) {
        TestHttp.Response decided = payment.send("POST", provider.getRawPath(), "decision=" + decision,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(decided.status()).isEqualTo(303);
        return decided;
    }

    /** The checkout waiting for the customer (the provider's page would send them back with its id): checkout's newest. */
    private static UUID awaitingCheckout() {
        return RunningServices.get().checkout().bean(JdbcClient.class)
                .sql("SELECT id FROM checkout WHERE status = 'AWAITING_PAYMENT' ORDER BY created_at DESC LIMIT 1")
                .query(UUID.class).single();
    }
}

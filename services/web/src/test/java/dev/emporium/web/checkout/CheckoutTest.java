package dev.emporium.web.checkout;

import static dev.emporium.web.harness.Shopper.APPROVED;
import static dev.emporium.web.harness.Shopper.DECLINED;
import static dev.emporium.web.harness.Shopper.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.web.harness.Browser;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.LiveServicesTest;
import dev.emporium.web.harness.Shopper;
import dev.emporium.web.harness.TestShop.Listed;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Checkout against the real identity, cart, checkout, inventory, payment (its built-in card provider) and order. */
class CheckoutTest extends LiveServicesTest {

    @Test
    void placesTheOrderWithTheApprovingCardShowsTheConfirmationAndListsItInTheAccount() {
        Shopper ada = shopperWith(onSale("Quayside mug", 10), 2);
        Page checkout = ada.checkoutQuoted();
        String total = checkout.text("#summary .total-amount");

        Page placed = ada.placeOrder(checkout, card(APPROVED));
        Page confirmation = ada.confirmation(placed);

        assertThat(placed.status()).isEqualTo(302);
        assertThat(confirmation.status()).isEqualTo(200);
        String number = confirmation.text(".order-number");
        assertThat(number).startsWith("EM-");
        assertThat(confirmation.text(".order-summary tbody")).contains("Quayside mug");
        assertThat(confirmation.text(".total-amount")).isEqualTo(total);
        assertThat(confirmation.text(".shipping-address")).contains("Unter den Linden 77").contains("Germany");
        assertThat(confirmation.text(".payment-card")).endsWith("ending in 4242");
        assertThat(confirmation.text("#cart-count")).isEqualTo("0");
        assertThat(ada.orderNumbers()).containsExactly(number);
    }

    @Test
    void saysTheCardWasDeclinedAndKeepsTheCart() {
        Shopper grace = shopperWith(onSale("Chart table lamp", 10), 1);

        Page declined = grace.placeOrder(grace.checkoutQuoted(), card(DECLINED));

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.text("#checkout-alert")).startsWith("Your card was declined. Nothing was charged and your cart is as it was.");
        assertThat(declined.document().select("#payment input")).allSatisfy(input -> assertThat(input.attr("value")).isEmpty());
        assertThat(grace.browser().get("/cart").text("table.lines tbody")).contains("Chart table lamp");
        assertThat(grace.orderNumbers()).isEmpty();
    }

    @Test
    void placesOneOrderWhenTheSameFormIsSubmittedTwice() {
        Shopper alan = shopperWith(onSale("Tide clock", 10), 1);
        Page checkout = alan.checkoutQuoted();

        CompletableFuture<Page> first = CompletableFuture.supplyAsync(() -> alan.placeOrder(checkout, card(APPROVED)));
        CompletableFuture<Page> second = CompletableFuture.supplyAsync(() -> alan.placeOrder(checkout, card(APPROVED)));
        Page firstConfirmation = alan.confirmation(first.join());
        Page secondConfirmation = alan.confirmation(second.join());
        Page reloaded = alan.confirmation(alan.placeOrder(checkout, card(APPROVED)));

        String number = firstConfirmation.text(".order-number");
        assertThat(number).startsWith("EM-");
        assertThat(secondConfirmation.text(".order-number")).isEqualTo(number);
        assertThat(reloaded.text(".order-number")).isEqualTo(number);
        assertThat(alan.orderNumbers()).containsExactly(number);
    }

    @Test
    void saysWhichItemIsOutOfStockAndChargesNothing() {
        Listed product = onSale("Last lighthouse print", 5);
        Shopper hedy = shopperWith(product, 3);
        Page checkout = hedy.checkoutQuoted();
        shop.stock(product.skus().getFirst(), 1);

        Page refused = hedy.placeOrder(checkout, card(APPROVED));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("#checkout-alert")).startsWith("Some items are not available in the quantity you want. Nothing was charged.");
        assertThat(refused.document().select("#checkout-alert li").eachText())
                .containsExactly("Last lighthouse print: only 1 is available (you want 3).");
        assertThat(hedy.orderNumbers()).isEmpty();
    }

    @Test
    void asksToConfirmTheNewTotalWhenAPriceChangedAndChargesItOnceConfirmed() {
        Listed product = onSale("Brass compass", 10);
        Shopper ada = shopperWith(product, 1);
        ada.checkoutQuoted();
        shop.reprice(product, "14.00");
        Page repriced = awaitUnitPrice(ada, "$14.00");

        Page changed = ada.placeOrder(repriced, card(APPROVED));
        String newTotal = changed.text("#summary .total-amount");
        Page confirmed = ada.confirmation(ada.placeOrder(changed, card(APPROVED)));

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.document().select("#checkout-alert li").eachText()).containsExactly("Brass compass: now $14.00 (was $10.00)");
        assertThat(changed.document().selectFirst("input[name=confirmTotal]").attr("value")).endsWith(" USD");
        assertThat(confirmed.text(".total-amount")).isEqualTo(newTotal);
        assertThat(confirmed.text(".order-summary tbody")).contains("$14.00");
    }

    @Test
    void requotesWithoutJavaScriptWhenTheShippingMethodChanges() {
        Shopper grace = shopperWith(onSale("Sea chest", 10), 1);
        Page standard = grace.checkoutQuoted();

        Page express = grace.browser().submitWith(standard, "#checkout-form", "button[formaction]",
                Map.of("shippingMethod", "EXPRESS", "cardNumber", APPROVED));

        assertThat(express.status()).isEqualTo(200);
        assertThat(express.text("#summary .totals")).contains("Express shipping");
        assertThat(express.text("#summary .shipping-amount")).isNotEqualTo(standard.text("#summary .shipping-amount"));
        assertThat(express.document().selectFirst("input[name=shippingMethod][value=EXPRESS]").hasAttr("checked")).isTrue();
        assertThat(express.html()).doesNotContain(APPROVED);
    }

    @Test
    void answersTheSummaryAloneToHtmxWithEachMethodsPriceOutOfBand() {
        Shopper alan = shopperWith(onSale("Rope doorstop", 10), 1);
        Page page = alan.checkoutQuoted();
        Map<String, String> fields = Browser.fields(page.document().selectFirst("#checkout-form"),
                Map.of("shippingMethod", "EXPRESS"));

        Page summary = alan.browser().post("/checkout/quote", fields, "HX-Request", "true");

        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.document().selectFirst("section#summary")).isNotNull();
        assertThat(summary.document().select("header")).isEmpty();
        assertThat(summary.document().select("[hx-swap-oob=true]").eachAttr("id")).containsExactly("price-STANDARD", "price-EXPRESS");
    }

    @Test
    void refusesACheckoutPostWithoutTheCsrfTokenAndPlacesNothing() {
        Shopper hedy = shopperWith(onSale("Signal flag set", 10), 1);
        Page checkout = hedy.checkoutQuoted();
        Map<String, String> fields = new LinkedHashMap<>(Browser.fields(
                checkout.document().selectFirst("#checkout-form"), card(APPROVED)));
        fields.remove("_csrf");

        Page refused = hedy.browser().post("/checkout", fields);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("main [role=alert]")).isEqualTo("This form has expired. Please go back, reload the page and try again.");
        assertThat(hedy.orderNumbers()).isEmpty();
    }

    private Listed onSale(String name, int units) {
        Listed product = shop.product(name, "Harbor & Hearth", List.of("OS"), "10.00", units);
        shop.awaitInCart(product.skus().getFirst());
        return product;
    }

    private Shopper shopperWith(Listed product, int quantity) {
        Shopper shopper = Shopper.signedUp(browser, "Ada Lovelace");
        shopper.add(product, quantity);
        return shopper;
    }

    private static Page awaitUnitPrice(Shopper shopper, String price) {
        AtomicReference<Page> page = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            page.set(shopper.checkoutQuoted());
            return page.get().text("#summary tbody").contains(price);
        });
        return page.get();
    }
}

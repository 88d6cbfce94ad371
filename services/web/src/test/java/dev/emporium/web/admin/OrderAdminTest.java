package dev.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.harness.AdminPortalTest;
import dev.emporium.web.harness.Browser.Page;
import dev.emporium.web.harness.TestOrders.Placed;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderAdminTest extends AdminPortalTest {

    @Test
    void shipsAConfirmedOrderAndShowsItsTrackingNumber() {
        Placed placed = orders.confirmed(UUID.randomUUID(), "SHIP-" + UUID.randomUUID().toString().substring(0, 8), 1, "25.00");
        signInAsAdmin();

        Page shipped = browser.submit(browser.get("/admin/orders/" + placed.id()), "form.ship", Map.of("carrier", "EMPORIUM_POST"));
        Page after = browser.follow(shipped);

        assertThat(shipped.status()).isEqualTo(302);
        assertThat(after.text("#order-status")).isEqualTo("Shipped");
        assertThat(after.text("#tracking-number")).matches("EP[0-9]{12}")
                .isEqualTo(orders.order(placed.id()).get("shipment").get("trackingNumber").asString());
    }

    @Test
    void recordsAPartialRefundAndKeepsTheOrderConfirmed() {
        Placed placed = orders.confirmed(UUID.randomUUID(), "REFUND-" + UUID.randomUUID().toString().substring(0, 8), 2, "25.00");
        signInAsAdmin();

        Page refunded = browser.submit(browser.get("/admin/orders/" + placed.id()), "form.refund", Map.of("amount", "20.00"));
        Page after = browser.follow(refunded);

        assertThat(refunded.status()).isEqualTo(302);
        assertThat(after.text("[role=status]")).isEqualTo("The refund was recorded.");
        assertThat(after.text("#refunds tbody tr")).contains("$20.00");
        assertThat(after.text("#order-status")).isEqualTo("Confirmed");
        JsonNode order = orders.order(placed.id());
        assertThat(order.get("refunds")).hasSize(1);
        assertThat(order.get("refunds").get(0).get("amount").get("amount").asString()).isEqualTo("20.00");
        assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void refundsOnceWhenTheSameRefundFormIsSubmittedTwice() {
        Placed placed = orders.confirmed(UUID.randomUUID(), "TWICE-" + UUID.randomUUID().toString().substring(0, 8), 2, "25.00");
        signInAsAdmin();
        Page form = browser.get("/admin/orders/" + placed.id());

        Page first = browser.submit(form, "form.refund", Map.of("amount", "10.00"));
        Page second = browser.submit(form, "form.refund", Map.of("amount", "10.00"));

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        JsonNode order = orders.order(placed.id());
        assertThat(order.get("refunds")).hasSize(1);
        assertThat(order.get("refunds").get(0).get("amount").get("amount").asString()).isEqualTo("10.00");
    }

    @Test
    void saysHowMuchCanStillBeRefundedWhenAskedForMoreAndRefundsNothing() {
        Placed placed = orders.confirmed(UUID.randomUUID(), "OVER-" + UUID.randomUUID().toString().substring(0, 8), 1, "30.00");
        signInAsAdmin();

        Page refused = browser.submit(browser.get("/admin/orders/" + placed.id()), "form.refund", Map.of("amount", "45.00"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("#amount-error")).isEqualTo("That is more than can still be refunded: at most $30.00.");
        assertThat(refused.document().selectFirst("#amount").attr("aria-invalid")).isEqualTo("true");
        assertThat(orders.order(placed.id()).get("refunds")).isEmpty();
    }
}

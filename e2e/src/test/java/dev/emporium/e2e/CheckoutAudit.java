package dev.emporium.e2e;

import static dev.emporium.e2e.Checkouts.amount;
import static dev.emporium.e2e.Checkouts.charged;
import static dev.emporium.e2e.Checkouts.successful;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.e2e.Checkouts.Outcome;
import dev.emporium.e2e.Shop.Customer;
import dev.emporium.e2e.Shop.Product;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The books after checkouts that met a failure: each is either COMPLETED with a CONFIRMED order charged exactly once
 * (the only capture of its customer, for the order's total; no capture without an order, no order without a capture)
 * or FAILED with nothing charged, no authorization held, no live order and the cart intact; and the product's stock
 * is conserved: initial on hand = on hand + reserved + sold, with nothing left reserved.
 */
final class CheckoutAudit {

    /** Payment states that hold or took the customer's money. */
    private static final Set<String> HOLDING = Set.of("PROCESSING", "REQUIRES_ACTION", "AUTHORIZED", "CAPTURED", "PARTIALLY_REFUNDED");

    private final Shop shop;
    private final Checkouts checkouts;

    CheckoutAudit(Shop shop, Checkouts checkouts) {
        this.shop = shop;
        this.checkouts = checkouts;
    }

    /** Each customer bought {@code quantity} units of {@code product}, which had {@code initialOnHand} units. */
    void assertSettled(Product product, int initialOnHand, int quantity, List<Customer> customers, List<Outcome> outcomes) {
        int sold = 0;
        for (int i = 0; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            Outcome outcome = outcomes.get(i);
            assertThat(outcome.status()).as("customer %d: %s", i, outcome).isIn("COMPLETED", "FAILED");
            if (outcome.completed()) {
                assertPaidOnce(customer, outcome, product, quantity);
                sold += quantity;
            } else {
                assertNothingHeld(customer, outcome, quantity);
            }
        }
        JsonNode stock = shop.stock(product.sku());
        assertThat(stock.get("reserved").asInt()).as("units still reserved").isZero();
        assertThat(stock.get("onHand").asInt() + stock.get("reserved").asInt() + sold).as("on hand + reserved + sold").isEqualTo(initialOnHand);
    }

    private void assertPaidOnce(Customer customer, Outcome outcome, Product product, int quantity) {
        JsonNode order = shop.http.get("/api/v1/orders/" + outcome.orderId(), customer.auth()).json();
        assertThat(order.get("status").asString()).as("order of %s", outcome).isEqualTo("CONFIRMED");
        assertThat(order.get("lines").valueStream().filter(line -> line.get("sku").asString().equals(product.sku()))
                .mapToInt(line -> line.get("quantity").asInt()).sum()).isEqualTo(quantity);
        assertThat(shop.orders(customer).valueStream().filter(o -> !o.get("status").asString().equals("CANCELLED"))
                .map(o -> o.get("id").asString())).as("live orders of %s", outcome).containsExactly(outcome.orderId());
        List<JsonNode> charges = checkouts.paymentsOfCustomer(customer.id()).stream()
                .filter(p -> charged(p).signum() != 0 || HOLDING.contains(p.get("payment").get("status").asString())).toList();
        assertThat(charges).as("payments holding money for %s", outcome).singleElement().satisfies(payment -> {
            assertThat(payment.get("payment").get("orderId").asString()).isEqualTo(outcome.orderId());
            assertThat(successful(payment, "CAPTURE")).isEqualTo(1);
            assertThat(charged(payment)).isEqualByComparingTo(amount(order.get("total")));
        });
        assertThat(shop.cart(customer).get("items")).as("cart of %s", outcome).isEmpty();
    }

    private void assertNothingHeld(Customer customer, Outcome outcome, int quantity) {
        assertThat(shop.orders(customer).valueStream().map(o -> o.get("status").asString())).as("orders of %s", outcome)
                .allMatch("CANCELLED"::equals);
        assertThat(checkouts.paymentsOfCustomer(customer.id())).as("payments of %s", outcome).allSatisfy(payment -> {
            assertThat(charged(payment)).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(payment.get("payment").get("status").asString()).isNotIn(HOLDING);
        });
        assertThat(shop.cart(customer).get("itemCount").asInt()).as("cart of %s", outcome).isEqualTo(quantity);
    }
}

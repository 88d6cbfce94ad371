package dev.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.e2e.Shop.Customer;
import dev.emporium.e2e.Shop.Product;
import dev.emporium.testsupport.TestHttp;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * Checkout as a client drives it through the gateway: quote, place with an {@code Idempotency-Key}, follow a checkout
 * that answered 202 to its end, confirm a payment on the card provider's page; and what the admin sees of payments.
 */
final class Checkouts {

    static final String APPROVED = "4242424242424242";
    static final String DECLINED = "4000000000000002";
    static final String INSUFFICIENT_FUNDS = "4000000000009995";
    static final String NEEDS_CONFIRMATION = "4000000000003220";
    static final List<String> TEST_CARDS = List.of(APPROVED, DECLINED, INSUFFICIENT_FUNDS, NEEDS_CONFIRMATION);

    private static final String ADDRESS = """
            {"fullName": "Ada Lovelace", "line1": "12 State Street", "city": "Albany", "postalCode": "12207", "region": "NY",
             "country": "US"}""";

    private final Shop shop;
    private final TestHttp http;

    Checkouts(Shop shop) {
        this.shop = shop;
        this.http = shop.http;
    }

    /** Where a checkout ended: COMPLETED with its order, or FAILED with its problem's code. */
    record Outcome(String checkoutId, String status, String orderId, String problem) {
        boolean completed() {
            return status.equals("COMPLETED");
        }
    }

    /** Follows each customer's answer to its checkout's end, in the customers' order. */
    List<Outcome> outcomes(List<Customer> customers, List<TestHttp.Response> answers) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            outcomes.add(outcome(customers.get(i), answers.get(i)));
        }
        return outcomes;
    }

    static String body(String card) {
        return body(card, "STANDARD");
    }

    static String body(String card, String shippingMethod) {
        return """
                {"shippingAddress": %s, "shippingMethod": "%s", "currency": "USD",
                 "payment": {"cardNumber": "%s", "expMonth": 12, "expYear": 2034, "cvc": "123"}}"""
                .formatted(ADDRESS, shippingMethod, card);
    }

    TestHttp.Response quote(Customer customer) {
        return http.post("/api/v1/checkout/quote", "{\"shippingAddress\": " + ADDRESS + ", \"shippingMethod\": \"STANDARD\", \"currency\": \"USD\"}",
                customer.auth());
    }

    TestHttp.Response place(Customer customer, String card) {
        return place(customer, UUID.randomUUID().toString(), body(card));
    }

    TestHttp.Response place(Customer customer, String idempotencyKey, String body) {
        return http.post("/api/v1/checkout", body, customer.auth()[0], customer.auth()[1], "Idempotency-Key", idempotencyKey);
    }

    JsonNode checkout(Customer customer, String checkoutId) {
        TestHttp.Response checkout = http.get("/api/v1/checkout/" + checkoutId, customer.auth());
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
        return checkout.json();
    }

    /**
     * Follows an answer to the checkout's end: a 201 is its order; a 202 or 409 {@code CHECKOUT_IN_PROGRESS} is
     * followed at {@code GET /api/v1/checkout/{id}} until it is COMPLETED or FAILED; any other problem is final.
     */
    Outcome outcome(Customer customer, TestHttp.Response answer) {
        if (answer.status() == 201) {
            JsonNode order = answer.json();
            return new Outcome(order.get("checkoutId").asString(), "COMPLETED", order.get("id").asString(), null);
        }
        JsonNode body = answer.json();
        assertThat(body.path("checkoutId").asString("")).as(answer.body()).isNotBlank();
        String checkoutId = body.get("checkoutId").asString();
        if (answer.status() == 202 || body.path("code").asString("").equals("CHECKOUT_IN_PROGRESS")) {
            return followed(customer, checkoutId, Duration.ofSeconds(90));
        }
        return new Outcome(checkoutId, "FAILED", null, body.get("code").asString());
    }

    Outcome followed(Customer customer, String checkoutId, Duration within) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> {
            last.set(checkout(customer, checkoutId));
            return List.of("COMPLETED", "FAILED").contains(last.get().get("status").asString());
        });
        JsonNode checkout = last.get();
        return new Outcome(checkoutId, checkout.get("status").asString(), checkout.path("orderId").asString(null),
                checkout.path("problem").path("code").asString(null));
    }

    /**
     * Confirms a payment as the customer would on the provider's page: the form it shows, posted with "confirm".
     * Only the path of {@code nextAction.url} counts: the provider names the gateway's default address.
     */
    void confirmOnProviderPage(String url) {
        String path = URI.create(url).getRawPath();
        TestHttp.Response page = http.get(path);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"decision\" value=\"confirm\"");
        TestHttp.Response confirmed = http.send("POST", path, "decision=confirm", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(confirmed.status()).as(confirmed.body()).isIn(200, 303);
    }

    /** A new product with {@code units} on hand that the cart sells and checkout prices. */
    Product onSale(int units) {
        Product product = shop.newStockedProduct(units);
        // cart and checkout learn of a new product from catalog's events: a probe customer waits for both
        Customer probe = shop.newCustomer();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> shop.addToCart(probe, product.sku(), 1).status() == 200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> quote(probe).status() == 200);
        assertThat(http.send("DELETE", "/api/v1/cart/items/" + product.sku(), null, probe.auth()).status()).isIn(200, 204);
        return product;
    }

    /** A new customer with {@code quantity} units of a new product in the cart. */
    Customer customerWithCart(int quantity) {
        return customersWithCarts(onSale(10), 1, quantity).getFirst();
    }

    List<Customer> customersWithCarts(Product product, int count, int quantity) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Customer customer = shop.newCustomer();
            TestHttp.Response added = shop.addToCart(customer, product.sku(), quantity);
            assertThat(added.status()).as(added.body()).isEqualTo(200);
            customers.add(customer);
        }
        return customers;
    }

    /**
     * What a client whose answer was lost does: sends the same request with the same key again until the checkout
     * it names has ended (a 201, or a problem whose checkout is FAILED); the gateway's own 502/503 while checkout is
     * away names none and is tried again.
     */
    Outcome settle(Customer customer, String idempotencyKey, String body, Duration within) {
        AtomicReference<Outcome> settled = new AtomicReference<>();
        await().atMost(within).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            TestHttp.Response answer = place(customer, idempotencyKey, body);
            if (answer.status() == 201) {
                settled.set(outcome(customer, answer));
                return true;
            }
            String checkoutId = answer.json().path("checkoutId").asString(null);
            JsonNode state = checkoutId == null ? null : checkout(customer, checkoutId);
            if (state == null || !List.of("COMPLETED", "FAILED").contains(state.get("status").asString())) {
                return false;
            }
            settled.set(new Outcome(checkoutId, state.get("status").asString(), state.path("orderId").asString(null),
                    state.path("problem").path("code").asString(null)));
            return true;
        });
        return settled.get();
    }

    /** Payment's admin view of an order's payments, each with its operations. */
    List<JsonNode> paymentsOfOrder(String orderId) {
        TestHttp.Response payments = http.get("/api/v1/admin/payments?size=100&orderId=" + orderId, shop.admin());
        assertThat(payments.status()).as(payments.body()).isEqualTo(200);
        return payments.json().get("items").valueStream().toList();
    }

    /** Every payment of the customer, whatever order (if any) it got to. */
    List<JsonNode> paymentsOfCustomer(String customerId) {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 0;; page++) {
            TestHttp.Response payments = http.get("/api/v1/admin/payments?size=100&page=" + page, shop.admin());
            assertThat(payments.status()).as(payments.body()).isEqualTo(200);
            JsonNode items = payments.json().get("items");
            items.valueStream().filter(p -> customerId.equals(p.path("customerId").asString(null))).forEach(found::add);
            if (page + 1 >= payments.json().get("totalPages").asInt()) {
                return found;
            }
        }
    }

    /** What a payment charged and kept: captured minus refunded. */
    static BigDecimal charged(JsonNode adminPayment) {
        return amount(adminPayment.get("payment").path("capturedAmount")).subtract(amount(adminPayment.get("payment").path("refundedAmount")));
    }

    static long successful(JsonNode adminPayment, String operation) {
        return adminPayment.get("operations").valueStream()
                .filter(o -> o.get("type").asString().equals(operation) && o.get("status").asString().equals("SUCCEEDED")).count();
    }

    static BigDecimal amount(JsonNode money) {
        return money.isMissingNode() || money.isNull() ? BigDecimal.ZERO : new BigDecimal(money.get("amount").asString());
    }
}

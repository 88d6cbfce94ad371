package dev.emporium.e2e;

import static dev.emporium.e2e.Checkouts.APPROVED;
import static dev.emporium.e2e.Checkouts.DECLINED;
import static dev.emporium.e2e.Checkouts.INSUFFICIENT_FUNDS;
import static dev.emporium.e2e.Checkouts.NEEDS_CONFIRMATION;
import static dev.emporium.e2e.Checkouts.amount;
import static dev.emporium.e2e.Checkouts.charged;
import static dev.emporium.e2e.Checkouts.successful;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.e2e.Checkouts.Outcome;
import dev.emporium.e2e.Shop.Customer;
import dev.emporium.e2e.Shop.Product;
import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.TestHttp;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Checkout through the gateway on the whole platform: a customer's journey from search to a delivered order, declined
 * cards, the last units raced for, idempotent replays, a payment the customer confirms on the provider's page, and
 * checkout killed ({@code kill -9}) under load; card numbers never reach a log or a database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutIT {

    /** The shared platform: its carrier reports within seconds, its card provider answers each call after 250 ms. */
    final RunningPlatform platform = SharedPlatform.get();
    Shop shop;
    Checkouts checkouts;

    @BeforeAll
    void up() {
        shop = new Shop(new TestHttp(platform.gatewayUrl()));
        checkouts = new Checkouts(shop);
    }

    @Test
    @Order(1)
    void takesACustomerFromSearchToAPaidOrderThatIsShippedAndDelivered() {
        Product product = checkouts.onSale(20);
        Customer customer = shop.newCustomer();
        await().atMost(Duration.ofSeconds(30)).until(() -> shop.http.get("/api/v1/search?q=" + product.word()).json().get("items")
                .valueStream().anyMatch(hit -> hit.get("productId").asString().equals(product.id())));
        assertThat(shop.http.get("/api/v1/products/" + product.id()).json().get("variants").get(0).get("sku").asString()).isEqualTo(product.sku());
        assertThat(shop.addToCart(customer, product.sku(), 2).status()).isEqualTo(200);
        JsonNode quote = checkouts.quote(customer).json();

        TestHttp.Response placed = checkouts.place(customer, APPROVED);

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        String orderId = order.get("id").asString();
        assertThat(placed.header("Location")).endsWith("/api/v1/orders/" + orderId);
        assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(amount(order.get("total"))).isEqualByComparingTo(amount(quote.get("total")));
        assertThat(order.get("payment").get("last4").asString()).isEqualTo("4242");
        assertThat(order.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(shop.http.get("/api/v1/orders/" + orderId, customer.auth()).json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(shop.stock(product.sku()).get("onHand").asInt()).isEqualTo(18);
        assertThat(shop.stock(product.sku()).get("reserved").asInt()).isZero();
        assertThat(shop.cart(customer).get("items")).isEmpty();
        List<JsonNode> payments = checkouts.paymentsOfOrder(orderId);
        assertThat(payments).hasSize(1);
        assertThat(successful(payments.get(0), "CAPTURE")).isEqualTo(1);
        assertThat(charged(payments.get(0))).isEqualByComparingTo(amount(order.get("total")));

        TestHttp.Response shipped = shop.http.send("POST", "/api/v1/admin/orders/" + orderId + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}", shop.admin());
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        String trackingNumber = shipped.json().get("shipment").get("trackingNumber").asString();
        assertThat(trackingNumber).isNotBlank();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode tracking = shop.http.get("/api/v1/orders/" + orderId + "/tracking", customer.auth()).json();
            assertThat(tracking.get("trackingNumber").asString()).isEqualTo(trackingNumber);
            assertThat(tracking.get("events").valueStream().map(e -> e.get("status").asString()))
                    .contains("IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
            assertThat(shop.http.get("/api/v1/orders/" + orderId, customer.auth()).json().get("status").asString()).isEqualTo("DELIVERED");
        });
    }

    @Test
    @Order(2)
    void declinesACardWithoutAnOrderHeldStockOrChangedCart() {
        Product product = checkouts.onSale(10);
        Customer customer = shop.newCustomer();
        assertThat(shop.addToCart(customer, product.sku(), 2).status()).isEqualTo(200);

        TestHttp.Response declined = checkouts.place(customer, DECLINED);

        JsonNode problem = ProblemAssertions.assertProblem(declined, 402, "PAYMENT_DECLINED");
        assertThat(declined.header("X-Request-Id")).isNotBlank();
        assertThat(problem.get("declineCode").asString()).isEqualTo("card_declined");
        assertThat(problem.get("checkoutId").asString()).isNotBlank();

        assertThat(shop.orders(customer).valueStream().map(o -> o.get("status").asString())).allMatch("CANCELLED"::equals);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(shop.stock(product.sku()).get("reserved").asInt()).isZero();
            assertThat(shop.stock(product.sku()).get("available").asInt()).isEqualTo(10);
        });
        assertThat(shop.cart(customer).get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(checkouts.paymentsOfCustomer(customer.id())).allSatisfy(p -> assertThat(charged(p)).isZero());
    }

    @Test
    @Order(3)
    void declinesACardWithoutFundsNamingTheReason() {
        Customer customer = checkouts.customerWithCart(1);

        JsonNode problem = ProblemAssertions.assertProblem(checkouts.place(customer, INSUFFICIENT_FUNDS), 402, "PAYMENT_DECLINED");

        assertThat(problem.get("declineCode").asString()).isEqualTo("insufficient_funds");
        assertThat(shop.cart(customer).get("itemCount").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void refusesACheckoutWithoutAnIdempotencyKey() {
        Customer customer = checkouts.customerWithCart(1);

        TestHttp.Response refused = shop.http.post("/api/v1/checkout", Checkouts.body(APPROVED), customer.auth());

        ProblemAssertions.assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(shop.orders(customer)).isEmpty();
        assertThat(shop.cart(customer).get("itemCount").asInt()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void refusesToCheckOutAnEmptyCart() {
        Customer customer = shop.newCustomer();

        ProblemAssertions.assertProblem(checkouts.place(customer, APPROVED), 409, "CART_EMPTY");

        assertThat(shop.orders(customer)).isEmpty();
    }

    @Test
    @Order(6)
    void sellsTheLastFiveUnitsToFiveOfThirtyRacingCustomersAndRefusesTheOthersCleanly() throws Exception {
        Product product = checkouts.onSale(5);
        List<Customer> customers = checkouts.customersWithCarts(product, 30, 1);

        List<TestHttp.Response> answers = AtOnce.run(customers.stream()
                .<Callable<TestHttp.Response>>map(customer -> () -> checkouts.place(customer, APPROVED)).toList());

        List<Outcome> outcomes = checkouts.outcomes(customers, answers);
        assertThat(outcomes.stream().collect(Collectors.groupingBy(o -> o.status() + " " + o.problem(), Collectors.counting())))
                .isEqualTo(Map.of("COMPLETED null", 5L, "FAILED INSUFFICIENT_STOCK", 25L));
        assertThat(outcomes).filteredOn(Outcome::completed).allSatisfy(o -> assertThat(
                shop.http.get("/api/v1/admin/orders/" + o.orderId(), shop.admin()).json().get("status").asString()).isEqualTo("CONFIRMED"));
        answers.stream().filter(a -> a.status() == 409)
                .forEach(a -> assertThat(ProblemAssertions.assertProblem(a, 409, "INSUFFICIENT_STOCK").get("shortages")).isNotEmpty());
        JsonNode stock = shop.stock(product.sku());
        assertThat(List.of(stock.get("onHand").asInt(), stock.get("reserved").asInt(), stock.get("available").asInt())).containsOnly(0);
        for (int i = 0; i < customers.size(); i++) {
            assertThat(shop.cart(customers.get(i)).get("itemCount").asInt()).isEqualTo(outcomes.get(i).completed() ? 0 : 1);
        }
    }

    @Test
    @Order(7)
    void answersTheSameKeyAndBodyAgainWithTheSameOrder() {
        Customer customer = checkouts.customerWithCart(1);
        String key = UUID.randomUUID().toString();

        TestHttp.Response first = checkouts.place(customer, key, Checkouts.body(APPROVED));
        TestHttp.Response again = checkouts.place(customer, key, Checkouts.body(APPROVED));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(shop.orders(customer)).hasSize(1);
        assertThat(checkouts.paymentsOfCustomer(customer.id())).hasSize(1);
    }

    @Test
    @Order(8)
    void placesOneOrderForTenConcurrentRequestsWithTheSameKey() throws Exception {
        Customer customer = checkouts.customerWithCart(1);
        String key = UUID.randomUUID().toString();

        List<TestHttp.Response> answers = AtOnce.run(Collections.nCopies(10,
                () -> checkouts.place(customer, key, Checkouts.body(APPROVED))));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 202, 409));
        answers.stream().filter(a -> a.status() == 409).forEach(a -> ProblemAssertions.assertProblem(a, 409, "CHECKOUT_IN_PROGRESS"));
        Outcome outcome = checkouts.outcome(customer, answers.get(0));
        assertThat(outcome.completed()).as(outcome.toString()).isTrue();
        assertThat(answers).allSatisfy(a -> assertThat(checkouts.outcome(customer, a)).isEqualTo(outcome));
        TestHttp.Response replay = checkouts.place(customer, key, Checkouts.body(APPROVED));
        assertThat(replay.status()).as(replay.body()).isEqualTo(201);
        assertThat(replay.json().get("id").asString()).isEqualTo(outcome.orderId());
        assertThat(shop.orders(customer)).hasSize(1);
        List<JsonNode> payments = checkouts.paymentsOfCustomer(customer.id());
        assertThat(payments).hasSize(1);
        assertThat(successful(payments.get(0), "CAPTURE")).isEqualTo(1);
    }

    @Test
    @Order(9)
    void refusesTheSameKeyWithAnotherBody() {
        Customer customer = checkouts.customerWithCart(1);
        String key = UUID.randomUUID().toString();
        assertThat(checkouts.place(customer, key, Checkouts.body(APPROVED)).status()).isEqualTo(201);

        TestHttp.Response reused = checkouts.place(customer, key, Checkouts.body(APPROVED, "EXPRESS"));

        ProblemAssertions.assertProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(shop.orders(customer)).hasSize(1);
    }

    @Test
    @Order(10)
    void completesACheckoutOnceTheCustomerConfirmsThePaymentOnTheProvidersPage() {
        Customer customer = checkouts.customerWithCart(1);

        TestHttp.Response pending = checkouts.place(customer, NEEDS_CONFIRMATION);

        assertThat(pending.status()).as(pending.body()).isEqualTo(202);
        String checkoutId = pending.json().get("checkoutId").asString();
        assertThat(pending.header("Location")).endsWith("/api/v1/checkout/" + checkoutId);
        assertThat(pending.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(pending.json().get("nextAction").get("type").asString()).isEqualTo("redirect");
        assertThat(checkouts.checkout(customer, checkoutId).get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        checkouts.confirmOnProviderPage(pending.json().get("nextAction").get("url").asString());
        Outcome outcome = checkouts.followed(customer, checkoutId, Duration.ofSeconds(60));
        assertThat(outcome.completed()).as(outcome.toString()).isTrue();
        assertThat(shop.http.get("/api/v1/orders/" + outcome.orderId(), customer.auth()).json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(checkouts.paymentsOfOrder(outcome.orderId())).singleElement().satisfies(p -> assertThat(successful(p, "CAPTURE")).isEqualTo(1));
        assertThat(shop.cart(customer).get("items")).isEmpty();
    }

    @Test
    @Order(11)
    void showsACheckoutToItsCustomerOnly() {
        Customer customer = checkouts.customerWithCart(1);
        String checkoutId = ProblemAssertions.assertProblem(checkouts.place(customer, DECLINED), 402, "PAYMENT_DECLINED")
                .get("checkoutId").asString();

        JsonNode own = checkouts.checkout(customer, checkoutId);

        assertThat(own.get("status").asString()).isEqualTo("FAILED");
        assertThat(own.get("problem").get("code").asString()).isEqualTo("PAYMENT_DECLINED");
        ProblemAssertions.assertProblem(shop.http.get("/api/v1/checkout/" + checkoutId, shop.newCustomer().auth()), 404, "NOT_FOUND");
    }

    @Test
    @Order(50)
    void endsEveryCheckoutPaidOnceOrFullyUndoneWhenCheckoutIsKilledUnderLoad() throws Exception {
        Product product = checkouts.onSale(100);
        List<Customer> customers = checkouts.customersWithCarts(product, 20, 2);
        List<String> keys = customers.stream().map(customer -> UUID.randomUUID().toString()).toList();
        List<Callable<Optional<TestHttp.Response>>> calls = IntStream.range(0, customers.size())
                .<Callable<Optional<TestHttp.Response>>>mapToObj(i -> () -> answered(customers.get(i), keys.get(i))).toList();

        // one checkout every 50 ms, the kill after 700 ms: some have ended, some are mid-way, some not yet sent
        CompletableFuture<List<Optional<TestHttp.Response>>> answers = AtOnce.inBackground(calls, Duration.ofMillis(50));
        Shop.sleep(Duration.ofMillis(700));
        platform.crash("checkout");
        RunningPlatform.Result restart = platform.restart("checkout");
        assertThat(restart.exitCode()).as(restart.output()).isZero();
        List<Optional<TestHttp.Response>> first = answers.get(2, TimeUnit.MINUTES);

        Instant deadline = Instant.now().plusSeconds(90);
        List<Outcome> outcomes = IntStream.range(0, customers.size()).mapToObj(i -> checkouts.settle(customers.get(i), keys.get(i),
                Checkouts.body(APPROVED), Duration.between(Instant.now(), deadline))).toList();
        for (int i = 0; i < customers.size(); i++) {
            assertSameEnd(first.get(i), outcomes.get(i));
        }
        // what the kill met, for whoever reads a failure: first answers by status (0: none), outcomes by status
        System.out.printf("kill -9 under load: first answers %s, outcomes %s%n",
                first.stream().collect(Collectors.groupingBy(a -> a.map(TestHttp.Response::status).orElse(0), TreeMap::new, Collectors.counting())),
                outcomes.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting())));
        await().atMost(Duration.between(Instant.now(), deadline).plusSeconds(5)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> new CheckoutAudit(shop, checkouts).assertSettled(product, 100, 2, customers, outcomes));
    }

    @Test
    @Order(99)
    void keepsCardNumbersOutOfEveryDatabase() throws Exception {
        List<String> checkoutIds = checkoutsThroughPaymentWithEveryTestCard();

        List<String> searchedFor = new ArrayList<>(Checkouts.TEST_CARDS);
        searchedFor.addAll(checkoutIds);
        DatabaseDump.Searched dump = new DatabaseDump(platform).search(searchedFor);

        assertThat(dump.findings()).as("card numbers in the databases").filteredOn(f -> Checkouts.TEST_CARDS.contains(f.value())).isEmpty();
        // the dump did read what those checkouts wrote: each of them is found by its id
        assertThat(dump.findings()).extracting(DatabaseDump.Finding::value).as("searched %d rows of %s", dump.rows(), dump.tables())
                .containsAll(checkoutIds);
    }

    @Test
    @Order(100)
    void keepsCardNumbersOutOfEveryLog() throws Exception {
        assertThat(platform.logFiles()).isNotEmpty();
        for (Path log : platform.logFiles()) {
            String content = Files.readString(log, StandardCharsets.ISO_8859_1);
            Checkouts.TEST_CARDS.forEach(card -> assertThat(content).as("%s holds a card number", log).doesNotContain(card));
        }
    }

    /**
     * One checkout through payment with each test card, in {@link Checkouts#TEST_CARDS}' order: paid at once, declined
     * (a decline is payment's answer, so the card reached it), or confirmed on the provider's page; their ids.
     */
    private List<String> checkoutsThroughPaymentWithEveryTestCard() {
        List<Customer> customers = checkouts.customersWithCarts(checkouts.onSale(10), Checkouts.TEST_CARDS.size(), 1);
        List<String> checkoutIds = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            String card = Checkouts.TEST_CARDS.get(i);
            TestHttp.Response answer = checkouts.place(customers.get(i), card);
            if (card.equals(NEEDS_CONFIRMATION)) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(202);
                checkouts.confirmOnProviderPage(answer.json().get("nextAction").get("url").asString());
            }
            Outcome outcome = checkouts.outcome(customers.get(i), answer);
            boolean declined = card.equals(DECLINED) || card.equals(INSUFFICIENT_FUNDS);
            assertThat(outcome).as("the checkout with %s", card)
                    .isEqualTo(new Outcome(outcome.checkoutId(), declined ? "FAILED" : "COMPLETED", outcome.orderId(),
                            declined ? "PAYMENT_DECLINED" : null));
            checkoutIds.add(outcome.checkoutId());
        }
        return checkoutIds;
    }

    /** A checkout that answered before the kill ends as it answered: its order, or the failure it reported. */
    private static void assertSameEnd(Optional<TestHttp.Response> first, Outcome outcome) {
        if (first.isEmpty() || first.get().status() == 202 || !first.get().body().contains("\"checkoutId\"")) {
            return; // no answer, a pending one, or the gateway's own (checkout was gone): nothing was promised
        }
        TestHttp.Response answer = first.get();
        if (answer.status() == 201) {
            assertThat(outcome.orderId()).as("the order first answered").isEqualTo(answer.json().get("id").asString());
        } else if (!answer.json().path("code").asString("").equals("CHECKOUT_IN_PROGRESS")) {
            assertThat(outcome).as("the end of a checkout that answered %s", answer.body())
                    .isEqualTo(new Outcome(answer.json().get("checkoutId").asString(), "FAILED", null, answer.json().get("code").asString()));
        }
    }

    /** The first answer, if the gateway gave one in time (a request cut off by the kill may get none). */
    private Optional<TestHttp.Response> answered(Customer customer, String key) {
        try {
            return Optional.of(checkouts.place(customer, key, Checkouts.body(APPROVED)));
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }
}

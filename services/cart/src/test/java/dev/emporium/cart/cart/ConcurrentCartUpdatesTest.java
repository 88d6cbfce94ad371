package dev.emporium.cart.cart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.cart.CartClient;
import dev.emporium.cart.CartEvents;
import dev.emporium.cart.CartServiceTest;
import dev.emporium.cart.InternalCartClient;
import dev.emporium.cart.TestShop;
import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestKafka;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent changes of one cart, through HTTP against the real Redis: nothing is lost and no limit is overrun, and
 * the outbox holds exactly one event per change that happened.
 */
@CartServiceTest
class ConcurrentCartUpdatesTest {

    private static final int THREADS = 16;

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired ProductCatalog catalog;
    @Autowired StockLevels stock;

    private TestShop shop;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        shop = new TestShop(kafka, json, catalog, stock);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void keepsEveryLineWhenDifferentSkusAreAddedAtOnce() throws Exception {
        ProductChangedV1 product = shop.product("10.00", "11.00", "12.00", "13.00", "14.00", "15.00", "16.00", "17.00");
        for (int round = 0; round < 10; round++) {
            String cartId = newGuestCart();
            CartClient guest = CartClient.guest(port, cartId);
            List<TestHttp.Response> answers = all(product.variants().stream()
                    .map(variant -> (Callable<TestHttp.Response>) () -> guest.add(variant.sku(), 2)).toList());

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
            JsonNode cart = guest.get("").json();
            assertThat(quantities(cart)).as("round " + round).isEqualTo(product.variants().stream()
                    .collect(Collectors.toMap(ProductChangedV1.Variant::sku, v -> 2)));
            assertThat(cart.get("itemCount").asInt()).isEqualTo(16);
            assertThat(cart.get("subtotal").get("amount").asString()).isEqualTo("216.00");
        }
    }

    @Test
    void addsEveryParallelIncrementUpToTheLineLimit() throws Exception {
        ProductChangedV1 product = shop.product("2.50");
        String sku = TestShop.sku(product, 0);
        String cartId = newGuestCart();
        CartClient guest = CartClient.guest(port, cartId);
        assertThat(guest.add(sku, 40).status()).isEqualTo(200);

        List<TestHttp.Response> answers = all(IntStream.range(0, 80)
                .mapToObj(i -> (Callable<TestHttp.Response>) () -> guest.add(sku, 1)).toList());

        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(TestHttp.Response::status, Collectors.counting()));
        assertThat(statuses).isEqualTo(Map.of(200, 59L, 400, 21L));
        JsonNode cart = guest.get("").json();
        assertThat(quantities(cart)).isEqualTo(Map.of(sku, 99));
        assertThat(cart.get("subtotal").get("amount").asString()).isEqualTo("247.50");
        assertThat(CartEvents.mentioning(sku, 1 + 59)).hasSize(1 + 59);
    }

    @Test
    void neverGoesBeyondTheAvailableStockUnderParallelIncrements() throws Exception {
        ProductChangedV1 product = shop.product("5.00");
        String sku = TestShop.sku(product, 0);
        shop.stock(sku, 7);
        List<CartClient> customers = IntStream.range(0, 4).mapToObj(i -> CartClient.customer(port, UUID.randomUUID())).toList();

        List<Callable<TestHttp.Response>> increments = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CartClient customer = customers.get(i % customers.size());
            increments.add(() -> customer.add(sku, 1));
        }
        List<TestHttp.Response> answers = all(increments);

        assertThat(answers.stream().filter(answer -> answer.status() == 200)).hasSize(4 * 7);
        assertThat(answers.stream().filter(answer -> answer.status() != 200))
                .allSatisfy(answer -> assertThat(answer.json().get("code").asString()).isEqualTo("INSUFFICIENT_STOCK"));
        for (CartClient customer : customers) {
            assertThat(quantities(customer.get("").json())).isEqualTo(Map.of(sku, 7));
        }
    }

    /**
     * While checkout takes an order out of the cart (the same call sent 8 times at once, as retries would), the
     * customer adds other SKUs and more of an ordered one: every add lands, the order's units leave exactly once, and
     * exactly one event goes out per change.
     */
    @Test
    void takesAnOrderOutOnceWhileTheCustomerKeepsAddingAndCheckoutRepeatsItself() throws Exception {
        ProductChangedV1 product = shop.product("3.00", "4.00", "5.00", "6.00", "7.00", "8.00");
        List<String> skus = product.variants().stream().map(ProductChangedV1.Variant::sku).toList();
        String ordered = skus.get(0);
        String orderedAll = skus.get(1);
        List<String> others = skus.subList(2, 6);
        InternalCartClient checkout = InternalCartClient.checkout(port);
        Map<UUID, UUID> orders = new LinkedHashMap<>();
        List<String> lastOrders = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            UUID customerId = UUID.randomUUID();
            UUID orderId = UUID.randomUUID();
            orders.put(customerId, orderId);
            CartClient customer = CartClient.customer(port, customerId);
            assertThat(customer.add(ordered, 5).status()).isEqualTo(200);
            assertThat(customer.add(orderedAll, 3).status()).isEqualTo(200);
            Map<String, Integer> order = new LinkedHashMap<>(Map.of(ordered, 3));
            order.put(orderedAll, 3);

            List<Callable<TestHttp.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> checkout.checkOut(customerId, orderId, order));
            }
            for (int i = 0; i < 4; i++) {
                calls.add(() -> customer.add(ordered, 1));
            }
            for (int i = 0; i < 12; i++) {
                String other = others.get(i % others.size());
                calls.add(() -> customer.add(other, 1));
            }
            List<TestHttp.Response> answers = all(calls);

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
            for (TestHttp.Response answer : answers.subList(0, 8)) {
                assertThat(quantities(answer.json())).as("a checkout's answer").doesNotContainKey(orderedAll)
                        .hasEntrySatisfying(ordered, quantity -> assertThat(quantity).isBetween(2, 6));
            }
            assertThat(quantities(customer.get("").json())).as("round " + round).isEqualTo(Map.of(
                    ordered, 5 + 4 - 3, others.get(0), 3, others.get(1), 3, others.get(2), 3, others.get(3), 3));
            UUID lastOrder = UUID.randomUUID(); // its event follows every other of this cart
            assertThat(checkout.checkOut(customerId, lastOrder, Map.of(ordered, 6)).status()).isEqualTo(200);
            lastOrders.add(lastOrder.toString());
        }

        for (Map.Entry<UUID, UUID> order : orders.entrySet()) {
            List<ConsumerRecord<String, byte[]>> events = CartEvents.mentioningUpTo(order.getKey().toString(), lastOrders);
            assertThat(events).as("2 adds, 16 adds in the race, the order, the last order").hasSize(2 + 16 + 1 + 1);
            assertThat(events.stream().filter(event -> TestKafka.value(event).contains(order.getValue().toString())))
                    .singleElement().satisfies(event -> assertThat(json.readTree(TestKafka.value(event)).get("lines").valueStream()
                            .map(line -> line.get("sku").asString() + "x" + line.get("quantity").asInt()))
                            .containsExactly(ordered + "x3", orderedAll + "x3"));
        }
    }

    private String newGuestCart() {
        TestHttp.Response created = CartClient.guest(port, null).get("");
        assertThat(created.status()).isEqualTo(200);
        return created.header("X-Cart-Id");
    }

    private List<TestHttp.Response> all(List<Callable<TestHttp.Response>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> futures = new ArrayList<>();
        for (Callable<TestHttp.Response> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<TestHttp.Response> answers = new ArrayList<>();
        for (Future<TestHttp.Response> future : futures) {
            answers.add(future.get());
        }
        return answers;
    }

    private static Map<String, Integer> quantities(JsonNode cart) {
        return cart.get("items").valueStream().collect(Collectors.toMap(item -> item.get("sku").asString(),
                item -> item.get("quantity").asInt()));
    }
}

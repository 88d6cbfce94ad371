package dev.emporium.cart.cart;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.cart.CartClient;
import dev.emporium.cart.CartServiceTest;
import dev.emporium.cart.TestShop;
import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Guest carts by X-Cart-Id, customer carts by token, the merge on sign-in, and how long carts live. */
@CartServiceTest
class GuestAndCustomerCartsTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired ProductCatalog catalog;
    @Autowired StockLevels stock;
    @Autowired StringRedisTemplate redis;
    @Autowired CartStore store;

    private TestShop shop;

    @BeforeEach
    void setUp() {
        shop = new TestShop(kafka, json, catalog, stock);
    }

    @Test
    void issuesAnUnguessableCartIdOnTheFirstCall() {
        TestHttp.Response first = CartClient.guest(port, null).get("");

        String cartId = first.header("X-Cart-Id");
        assertThat(cartId).matches("[A-Za-z0-9_-]{22}"); // 128 random bits
        assertThat(first.json().get("id").asString()).isEqualTo(cartId);
        assertThat(first.json().get("items").isEmpty()).isTrue();
        assertThat(CartClient.guest(port, null).get("").header("X-Cart-Id")).isNotEqualTo(cartId);
    }

    @Test
    void keepsAGuestCartUnderItsId() {
        String sku = TestShop.sku(shop.product("4.00"), 0);
        TestHttp.Response added = CartClient.guest(port, null).add(sku, 2);
        String cartId = added.header("X-Cart-Id");

        JsonNode cart = CartClient.guest(port, cartId).get("").json();
        assertThat(cart.get("id").asString()).isEqualTo(cartId);
        assertThat(cart.get("itemCount").asInt()).isEqualTo(2);
    }

    @Test
    void startsANewCartWithANewIdForAnUnknownCartId() {
        String unknown = "AAAAAAAAAAAAAAAAAAAAAA";
        TestHttp.Response answer = CartClient.guest(port, unknown).get("");
        assertThat(answer.header("X-Cart-Id")).isNotEqualTo(unknown).hasSize(22);
    }

    @Test
    void refusesAMalformedCartId() {
        assertProblem(CartClient.guest(port, "short").get(""), 400, "VALIDATION_FAILED");
    }

    @Test
    void addressesACustomersCartByTokenAndIgnoresTheCartIdHeader() {
        String sku = TestShop.sku(shop.product("4.00"), 0);
        String guestId = CartClient.guest(port, null).add(sku, 1).header("X-Cart-Id");
        UUID customerId = UUID.randomUUID();
        CartClient.customer(port, customerId).add(sku, 5);

        TestHttp.Response mine = CartClient.customer(port, customerId).with("X-Cart-Id", guestId).get("");
        assertThat(mine.json().get("itemCount").asInt()).isEqualTo(5);
        assertThat(mine.header("X-Cart-Id")).isNull();
    }

    @Test
    void mergesAGuestCartIntoTheCustomersAndDeletesIt() {
        ProductChangedV1 product = shop.product("4.00", "6.00", "8.00");
        String shared = TestShop.sku(product, 0);
        String guestOnly = TestShop.sku(product, 1);
        String capped = TestShop.sku(product, 2);
        shop.stock(capped, 5);
        CartClient guest = CartClient.guest(port, CartClient.guest(port, null).get("").header("X-Cart-Id"));
        String guestId = guest.add(shared, 60).header("X-Cart-Id");
        guest.add(guestOnly, 2);
        guest.add(capped, 4);
        CartClient customer = CartClient.customer(port, UUID.randomUUID());
        customer.add(shared, 50);
        customer.add(capped, 3);

        TestHttp.Response merged = customer.merge(guestId);

        assertThat(merged.status()).isEqualTo(200);
        assertThat(quantities(merged.json())).isEqualTo(Map.of(shared, 99, guestOnly, 2, capped, 5));
        assertThat(quantities(customer.get("").json())).isEqualTo(Map.of(shared, 99, guestOnly, 2, capped, 5));
        assertThat(redis.hasKey(store.guestKey(guestId))).isFalse();
        assertProblem(customer.merge(guestId), 404, "NOT_FOUND");
    }

    @Test
    void mergesAGuestCartExactlyOnceWhileTheCustomerKeepsAdding() throws Exception {
        ProductChangedV1 product = shop.product("4.00", "6.00");
        String fromGuest = TestShop.sku(product, 0);
        String added = TestShop.sku(product, 1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (int round = 0; round < 5; round++) {
                String guestId = CartClient.guest(port, null).add(fromGuest, 3).header("X-Cart-Id");
                CartClient customer = CartClient.customer(port, UUID.randomUUID());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<TestHttp.Response>> calls = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    boolean merge = i % 2 == 0;
                    calls.add(pool.submit(() -> {
                        start.await();
                        return merge ? customer.merge(guestId) : customer.add(added, 1);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<TestHttp.Response> call : calls) {
                    statuses.add(call.get().status());
                }

                assertThat(statuses.stream().filter(status -> status == 404)).as("round " + round).hasSize(5);
                assertThat(statuses.stream().filter(status -> status == 200)).hasSize(7);
                assertThat(quantities(customer.get("").json())).isEqualTo(Map.of(fromGuest, 3, added, 6));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requiresATokenToMerge() {
        String guestId = CartClient.guest(port, null).get("").header("X-Cart-Id");
        assertProblem(CartClient.guest(port, guestId).merge(guestId), 401, "UNAUTHORIZED");
    }

    @Test
    void keepsGuestCartsSevenDaysAndCustomerCartsThirtyDaysFromTheirLastUse() {
        String sku = TestShop.sku(shop.product("4.00"), 0);
        String guestId = CartClient.guest(port, null).add(sku, 1).header("X-Cart-Id");
        UUID customerId = UUID.randomUUID();
        CartClient.customer(port, customerId).add(sku, 1);
        redis.expire(store.guestKey(guestId), Duration.ofMinutes(1));
        redis.expire(store.customerKey(customerId), Duration.ofMinutes(1));

        CartClient.guest(port, guestId).get("");
        CartClient.customer(port, customerId).get("");

        assertThat(redis.getExpire(store.guestKey(guestId), TimeUnit.SECONDS)).isBetween(Duration.ofDays(7).minusMinutes(1).toSeconds(),
                Duration.ofDays(7).toSeconds());
        assertThat(redis.getExpire(store.customerKey(customerId), TimeUnit.SECONDS)).isBetween(
                Duration.ofDays(30).minusMinutes(1).toSeconds(), Duration.ofDays(30).toSeconds());
    }

    private static Map<String, Integer> quantities(JsonNode cart) {
        return cart.get("items").valueStream().collect(Collectors.toMap(item -> item.get("sku").asString(),
                item -> item.get("quantity").asInt()));
    }
}

package dev.emporium.cart.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.cart.CartClient;
import dev.emporium.cart.CartEvents;
import dev.emporium.cart.CartServiceTest;
import dev.emporium.cart.InternalCartClient;
import dev.emporium.cart.TestShop;
import dev.emporium.cart.cart.CartStore;
import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.contracts.cart.CartCheckedOutV1;
import dev.emporium.contracts.cart.CartItemAddedV1;
import dev.emporium.contracts.cart.CartItemQuantityChangedV1;
import dev.emporium.contracts.cart.CartItemRemovedV1;
import dev.emporium.contracts.cart.CartMergedV1;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestKafka;
import dev.emporium.testsupport.events.EventContracts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Every cart change is one event on cart.events, as the contract says, and none is lost on its way there. */
@CartServiceTest
class CartEventsTest {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired ProductCatalog catalog;
    @Autowired StockLevels stock;
    @Autowired StringRedisTemplate redis;
    @Autowired CartStore store;
    @Autowired CartOutboxRelay relay;

    private TestShop shop;

    @BeforeEach
    void setUp() {
        shop = new TestShop(kafka, json, catalog, stock);
    }

    @Test
    void publishesEveryChangeOfAGuestCartAsAContractEventWithoutItsSecretId() {
        String sku = TestShop.sku(shop.product("7.00"), 0);
        CartClient guest = CartClient.guest(port, null);
        String guestId = guest.add(sku, 2).header("X-Cart-Id");
        CartClient same = CartClient.guest(port, guestId);
        same.set(sku, 5);
        same.remove(sku);

        List<ConsumerRecord<String, byte[]>> events = CartEvents.mentioning(sku, 3);

        assertThat(events).extracting(record -> TestKafka.header(record, "ce_type"))
                .containsExactly(CartItemAddedV1.TYPE, CartItemQuantityChangedV1.TYPE, CartItemRemovedV1.TYPE);
        assertThat(events).extracting(ConsumerRecord::key).containsOnly(events.getFirst().key());
        events.forEach(EventContracts::assertConforms);
        assertThat(events).allSatisfy(record -> assertThat(TestKafka.value(record)).doesNotContain(guestId));
    }

    @Test
    void publishesAMergeAsAContractEvent() {
        String sku = TestShop.sku(shop.product("7.00"), 0);
        String guestId = CartClient.guest(port, null).add(sku, 2).header("X-Cart-Id");
        CartClient.customer(port, UUID.randomUUID()).merge(guestId);

        ConsumerRecord<String, byte[]> merged = CartEvents.mentioning(sku, 2).stream()
                .filter(record -> CartMergedV1.TYPE.equals(TestKafka.header(record, "ce_type"))).findFirst().orElseThrow();
        EventContracts.assertConforms(merged);
    }

    @Test
    void publishesACheckoutOnceAsAContractEvent() {
        ProductChangedV1 product = shop.product("7.00", "8.00");
        UUID customerId = UUID.randomUUID();
        CartClient customer = CartClient.customer(port, customerId);
        customer.add(TestShop.sku(product, 0), 2);
        customer.add(TestShop.sku(product, 1), 1);
        InternalCartClient checkout = InternalCartClient.checkout(port);
        UUID orderId = UUID.randomUUID();

        checkout.checkOut(customerId, orderId, Map.of(TestShop.sku(product, 0), 2));
        checkout.checkOut(customerId, orderId, Map.of(TestShop.sku(product, 0), 2));
        UUID nextOrder = UUID.randomUUID(); // its event comes after any of the first order's
        checkout.checkOut(customerId, nextOrder, Map.of(TestShop.sku(product, 1), 1));

        List<ConsumerRecord<String, byte[]>> checkedOut = CartEvents.mentioningUpTo(orderId.toString(), List.of(nextOrder.toString()));
        assertThat(checkedOut).hasSize(1);
        assertThat(TestKafka.header(checkedOut.getFirst(), "ce_type")).isEqualTo(CartCheckedOutV1.TYPE);
        EventContracts.assertConforms(checkedOut.getFirst());
        assertThat(customer.get("").json().get("items").isEmpty()).isTrue();
    }

    @Test
    void keepsEventsInTheOutboxUntilARelayHasKafkaTakeThem() {
        String sku = TestShop.sku(shop.product("7.00"), 0);
        String lease = store.outboxKey() + "-relay";
        // another replica holds the relay's lease and then dies without sending
        redis.opsForValue().set(lease, "a-replica-that-died", Duration.ofSeconds(30));
        CartClient.customer(port, UUID.randomUUID()).add(sku, 1);

        assertThat(redis.opsForStream().range(store.outboxKey(), org.springframework.data.domain.Range.unbounded()))
                .anySatisfy(entry -> assertThat(entry.getValue().get("event").toString()).contains(sku));
        assertThat(TestKafka.read(dev.emporium.contracts.Topics.CART_EVENTS, Duration.ofSeconds(2), records -> false))
                .noneSatisfy(record -> assertThat(TestKafka.value(record)).contains(sku));

        redis.delete(lease); // the lease ran out
        assertThat(CartEvents.mentioning(sku, 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> redis.opsForStream().size(store.outboxKey()) == 0);
    }
}

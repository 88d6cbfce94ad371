package dev.emporium.cart.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.cart.CartClient;
import dev.emporium.cart.CartEvents;
import dev.emporium.cart.CartProperties;
import dev.emporium.cart.CartServiceTest;
import dev.emporium.cart.TestShop;
import dev.emporium.cart.catalog.ProductCatalog;
import dev.emporium.cart.catalog.StockLevels;
import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.testsupport.TestKafka;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Several replicas' relays on one outbox: every event reaches Kafka once, each cart's in the order of its changes. */
@CartServiceTest
class CartOutboxRelayTest {

    private static final int CARTS = 4;
    private static final int CHANGES = 30;

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired ProductCatalog catalog;
    @Autowired StockLevels stock;
    @Autowired StringRedisTemplate redis;
    @Autowired CartOutbox outbox;
    @Autowired CartProperties properties;

    @Test
    void relaysEveryEventOnceAndInEachCartsOrderWhileThreeReplicasRelay() throws Exception {
        ProductChangedV1 product = new TestShop(kafka, json, catalog, stock).product("1.00", "2.00", "3.00", "4.00");
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CARTS + 2);
        try {
            List<Future<?>> relays = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                CartOutboxRelay other = new CartOutboxRelay(redis, kafka, outbox, properties); // besides the service's own
                relays.add(pool.submit(() -> {
                    while (writing.get()) {
                        other.relayPending();
                        LockSupport.parkNanos(1_000_000); // a replica's relay round, not a busy loop
                    }
                    return other.relayPending();
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int cart = 0; cart < CARTS; cart++) {
                String sku = TestShop.sku(product, cart);
                CartClient customer = CartClient.customer(port, UUID.randomUUID());
                writers.add(pool.submit(() -> {
                    for (int change = 0; change < CHANGES; change++) {
                        assertThat(customer.add(sku, 1).status()).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> relay : relays) {
                relay.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (int cart = 0; cart < CARTS; cart++) {
            String sku = TestShop.sku(product, cart);
            List<ConsumerRecord<String, byte[]>> events = CartEvents.mentioning(sku, CHANGES);
            List<Integer> quantities = events.stream().map(record -> json.readTree(TestKafka.value(record)))
                    .map(event -> event.get("line").get("quantity").asInt()).toList();
            assertThat(quantities).as(sku).isEqualTo(java.util.stream.IntStream.rangeClosed(1, CHANGES).boxed().toList());
            Map<String, Long> ids = events.stream().collect(Collectors.groupingBy(record -> TestKafka.header(record, "ce_id"),
                    Collectors.counting()));
            assertThat(ids.values()).as("sent once").containsOnly(1L);
        }
    }
}

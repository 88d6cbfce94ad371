package dev.emporium.inventory.reservation;

import static dev.emporium.inventory.InventoryApi.expect;
import static dev.emporium.inventory.InventoryApi.line;
import static dev.emporium.inventory.InventoryApi.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.contracts.Topics;
import dev.emporium.contracts.order.OrderCancelledV1;
import dev.emporium.inventory.InventoryApi;
import dev.emporium.inventory.LedgerInvariants;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.events.EventContracts;
import dev.emporium.testsupport.events.EventContracts.Sample;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An order cancelled before shipping gives its units back, once; the order service's recorded samples are read. */
@EmporiumServiceTest(properties = "spring.kafka.consumer.group-id=inventory-${random.uuid}")
class OrderCancellationsTest {

    static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JdbcClient jdbc;

    @Test
    void putsTheUnitsOfACommittedReservationBackOnceWhenItsOrderIsCancelled() throws Exception {
        InventoryApi api = new InventoryApi(port);
        String sku = InventoryApi.uniqueSku();
        api.setStock(sku, 10, null);
        UUID reservationId = UUID.randomUUID();
        expect(200, api.reserve(reservationId, lines(line(sku, 3))));
        expect(200, api.asService("POST", "/internal/inventory/reservations/" + reservationId + "/commit", null));
        String orderId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> cancelled = cancellation(orderId, reservationId, UUID.randomUUID().toString());
        String marker = UUID.randomUUID().toString();

        kafka.send(cancelled).get(30, TimeUnit.SECONDS);
        kafka.send(cancelled).get(30, TimeUnit.SECONDS); // redelivered: the same event id
        // same key, so the same partition: once this one is handled, both before it were too
        kafka.send(cancellation(orderId, UUID.randomUUID(), marker)).get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(20)).until(() -> handled(marker));
        assertThat(onHand(api, sku)).isEqualTo(10);
        assertThat(jdbc.sql("SELECT count(*) FROM movement WHERE sku = :sku AND reason = 'RETURNED' AND reference = :ref")
                .param("sku", sku).param("ref", reservationId.toString()).query(Long.class).single()).isEqualTo(1);
        LedgerInvariants.assertHold(jdbc, "after the cancellation");
    }

    @Test
    void releasesAReservationStillHeldWhenItsOrderIsCancelled() throws Exception {
        InventoryApi api = new InventoryApi(port);
        String sku = InventoryApi.uniqueSku();
        api.setStock(sku, 5, null);
        UUID reservationId = UUID.randomUUID();
        expect(200, api.reserve(reservationId, lines(line(sku, 2))));

        kafka.send(cancellation(UUID.randomUUID().toString(), reservationId, UUID.randomUUID().toString())).get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(20)).until(() -> "RELEASED".equals(
                expect(200, api.asService("GET", "/internal/inventory/reservations/" + reservationId, null)).json().get("status").asString()));
        JsonNode stock = expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/" + sku, null)).json();
        assertThat(stock.get("available").asInt()).isEqualTo(5);
    }

    @Test
    void readsEveryRecordedSampleOfTheOrderService() throws Exception {
        long before = processed();
        for (Sample sample : EventContracts.samples(Topics.ORDERS)) {
            kafka.send(sample.toRecord(Topics.ORDERS)).get(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> processed() >= before + EventContracts.samples(Topics.ORDERS).size());
    }

    /** The order service's recorded cancellation, for this reservation, under a new event id. */
    private static ProducerRecord<String, byte[]> cancellation(String orderId, UUID reservationId, String eventId) {
        Sample sample = EventContracts.samples(Topics.ORDERS).stream().filter(s -> s.type().equals(OrderCancelledV1.TYPE))
                .findFirst().orElseThrow();
        ObjectNode payload = (ObjectNode) sample.payloadJson();
        payload.put("orderId", orderId);
        payload.put("reservationId", reservationId.toString());
        ProducerRecord<String, byte[]> template = sample.toRecord(Topics.ORDERS);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ORDERS, orderId, JSON.writeValueAsBytes(payload));
        for (Header header : template.headers()) {
            byte[] value = switch (header.key()) {
                case "ce_id" -> eventId.getBytes(StandardCharsets.UTF_8);
                case "ce_subject" -> orderId.getBytes(StandardCharsets.UTF_8);
                default -> header.value();
            };
            record.headers().add(header.key(), value);
        }
        return record;
    }

    private boolean handled(String eventId) {
        return jdbc.sql("SELECT count(*) FROM platform.processed_event WHERE consumer = 'inventory-order-cancellations' AND event_id::text = :id")
                .param("id", eventId).query(Long.class).single() == 1;
    }

    private long processed() {
        return jdbc.sql("SELECT count(*) FROM platform.processed_event WHERE consumer = 'inventory-order-cancellations'")
                .query(Long.class).single();
    }

    private static int onHand(InventoryApi api, String sku) {
        return expect(200, api.asAdmin("GET", "/api/v1/admin/inventory/" + sku, null)).json().get("onHand").asInt();
    }
}

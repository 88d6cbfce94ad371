package dev.emporium.order.shipping;

import static dev.emporium.order.OrderApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.Topics;
import dev.emporium.order.OrderApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestKafka;
import dev.emporium.testsupport.events.EventContracts;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The built-in carrier reports a shipment accepted, in transit, out for delivery and delivered on its own, from
 * durable jobs; its DELIVERED report makes the order DELIVERED. (Delays shortened to under a second here.)
 */
@EmporiumServiceTest(properties = { "emporium.services.payment.url=http://127.0.0.1:9", "emporium.jobs.polling-interval=100ms",
        "emporium.order.carrier.in-transit-after=300ms", "emporium.order.carrier.out-for-delivery-after=600ms",
        "emporium.order.carrier.delivered-after=900ms" })
class CarrierTrackingTest {

    @LocalServerPort int port;

    @Test
    void deliversAShippedOrderWhenTheCarrierReportsItDelivered() throws Exception {
        OrderApi api = new OrderApi(port);
        UUID customer = UUID.randomUUID();
        String id = api.confirmedOrder(customer).get("id").asString();
        expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"));

        JsonNode order = awaitStatus(api, id, "DELIVERED", Duration.ofSeconds(30));

        assertThat(order.get("history").valueStream().map(h -> h.get("status").asString()))
                .containsExactly("PENDING", "CONFIRMED", "SHIPPED", "DELIVERED");
        JsonNode tracking = expect(200, api.asCustomer(customer, "GET", "/api/v1/orders/" + id + "/tracking", null)).json();
        assertThat(tracking.get("events").valueStream().map(e -> e.get("status").asString()))
                .containsExactly("ACCEPTED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
        assertThat(tracking.get("events").get(3).get("location").asString()).isEqualTo("London, GB");
        ConsumerRecord<String, byte[]> delivered = TestKafka.read(Topics.ORDERS, Duration.ofSeconds(20),
                        read -> read.stream().anyMatch(r -> isDelivered(r, id)))
                .stream().filter(r -> isDelivered(r, id)).findFirst().orElseThrow();
        EventContracts.assertConforms(delivered);
        assertThat(OrderApi.JSON.readTree(delivered.value()).get("reportedBy").asString()).isEqualTo("CARRIER");
    }

    private static boolean isDelivered(ConsumerRecord<String, byte[]> record, String orderId) {
        return orderId.equals(record.key()) && "emporium.order.delivered.v1".equals(TestKafka.header(record, "ce_type"));
    }

    private static JsonNode awaitStatus(OrderApi api, String id, String status, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode order;
        do {
            order = expect(200, api.asAdmin("GET", "/api/v1/admin/orders/" + id, null)).json();
            if (status.equals(order.get("status").asString())) {
                return order;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Order " + id + " did not become " + status + " in " + timeout + ": " + order);
    }
}

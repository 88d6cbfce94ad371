package dev.emporium.order.order;

import static dev.emporium.order.OrderApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.Topics;
import dev.emporium.order.OrderApi;
import dev.emporium.order.OrderServiceTest;
import dev.emporium.testsupport.TestKafka;
import dev.emporium.testsupport.events.EventContracts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What order puts on orders.orders is what docs/api/asyncapi.json says, in the order the order changed. */
@OrderServiceTest
class OrderEventsContractTest {

    @LocalServerPort int port;

    @Test
    void publishesEachChangeOfAnOrderInOrderWithItsLinesAndTotals() {
        OrderApi api = new OrderApi(port);
        UUID customer = UUID.randomUUID();
        String id = api.confirmedOrder(customer).get("id").asString();
        expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"));
        expect(200, api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/deliver", null));

        List<ConsumerRecord<String, byte[]>> records = eventsOf(id, 4);

        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly("emporium.order.placed.v1",
                "emporium.order.confirmed.v1", "emporium.order.shipped.v1", "emporium.order.delivered.v1");
        records.forEach(EventContracts::assertConforms);
        JsonNode confirmed = OrderApi.JSON.readTree(records.get(1).value());
        assertThat(confirmed.get("customerId").asString()).isEqualTo(customer.toString());
        assertThat(confirmed.get("lines").get(0).get("productId").asString()).isNotBlank();
        assertThat(confirmed.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("49.95");
        assertThat(confirmed.get("totals").get("total").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(confirmed.get("totals").get("currency").asString()).isEqualTo("USD");
        assertThat(confirmed.get("capturedAmount").decimalValue()).isEqualByComparingTo("150.00");
    }

    @Test
    void publishesACancelWithTheReservationToGiveBackAndTheRefund() {
        OrderApi api = new OrderApi(port);
        UUID customer = UUID.randomUUID();
        String id = api.confirmedOrder(customer).get("id").asString();
        expect(200, api.asCustomer(customer, "POST", "/api/v1/orders/" + id + "/cancel", null));

        ConsumerRecord<String, byte[]> cancelled = eventsOf(id, 3).get(2);

        EventContracts.assertConforms(cancelled);
        JsonNode event = OrderApi.JSON.readTree(cancelled.value());
        assertThat(event.get("previousStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(event.get("reservationId").isNull()).isFalse();
        assertThat(event.get("refundAmount").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(event.get("cancelledBy").asString()).isEqualTo("CUSTOMER");
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(String orderId, int count) {
        return TestKafka.read(Topics.ORDERS, Duration.ofSeconds(20),
                        read -> read.stream().filter(r -> orderId.equals(r.key())).count() >= count)
                .stream().filter(r -> orderId.equals(r.key())).toList();
    }
}

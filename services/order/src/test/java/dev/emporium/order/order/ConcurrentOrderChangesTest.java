package dev.emporium.order.order;

import static dev.emporium.order.OrderApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.order.OrderApi;
import dev.emporium.order.OrderServiceTest;
import dev.emporium.order.Race;
import dev.emporium.testsupport.TestHttp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The races an order must survive: duplicate creates, and a customer's cancel against an admin's shipment. */
@OrderServiceTest
class ConcurrentOrderChangesTest {

    static final int ROUNDS = 15;
    static final int DUPLICATES = 12;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void createsOneOrderWhenCheckoutSendsTheSameOrderManyTimesAtOnce() throws Exception {
        OrderApi api = new OrderApi(port);
        for (int round = 0; round < ROUNDS; round++) {
            UUID orderId = UUID.randomUUID();
            Map<String, Object> order = OrderApi.order(orderId, UUID.randomUUID());

            List<TestHttp.Response> responses = Race.run(DUPLICATES, racer -> api.create(order));

            assertThat(responses).extracting(TestHttp.Response::status).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(responses).extracting(r -> r.json().get("number").asString()).containsOnly(
                    responses.getFirst().json().get("number").asString());
            assertThat(count("SELECT count(*) FROM orders WHERE id = :id", orderId)).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM order_line WHERE order_id = :id", orderId)).isEqualTo(2);
            assertThat(count("SELECT count(*) FROM platform.outbox_event WHERE event_key = :id AND event_type = 'emporium.order.placed.v1'",
                    orderId.toString())).isEqualTo(1);
        }
    }

    @Test
    void letsExactlyOneOfACancelAndAShipmentRacingEachOtherWin() throws Exception {
        OrderApi api = new OrderApi(port);
        for (int round = 0; round < ROUNDS * 2; round++) {
            UUID customer = UUID.randomUUID();
            String id = api.confirmedOrder(customer).get("id").asString();

            List<TestHttp.Response> responses = Race.run(2, racer -> racer == 0
                    ? api.asCustomer(customer, "POST", "/api/v1/orders/" + id + "/cancel", null)
                    : api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/ship", "{\"carrier\": \"EMPORIUM_POST\"}"));

            TestHttp.Response cancel = responses.get(0);
            TestHttp.Response ship = responses.get(1);
            assertThat(List.of(cancel.status(), ship.status())).as(cancel.body() + " / " + ship.body()).containsExactlyInAnyOrder(200, 409);
            String status = expect(200, api.asAdmin("GET", "/api/v1/admin/orders/" + id, null)).json().get("status").asString();
            long refunds = count("SELECT count(*) FROM refund WHERE order_id = :id", UUID.fromString(id));
            if (cancel.status() == 200) {
                assertThat(status).isEqualTo("CANCELLED");
                assertThat(ship.json().get("code").asString()).isEqualTo("ILLEGAL_ORDER_TRANSITION");
                assertThat(refunds).isEqualTo(1);
            } else {
                assertThat(status).isEqualTo("SHIPPED");
                assertThat(cancel.json().get("code").asString()).isEqualTo("ORDER_NOT_CANCELLABLE");
                assertThat(refunds).isZero();
            }
        }
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}

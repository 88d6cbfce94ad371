package dev.emporium.order.refund;

import static dev.emporium.order.OrderApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.order.OrderApi;
import dev.emporium.order.OrderServiceTest;
import dev.emporium.order.Race;
import dev.emporium.testsupport.TestHttp;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Refunds racing each other never refund more than was captured. */
@OrderServiceTest
class ConcurrentRefundTest {

    static final int ROUNDS = 8;
    static final int ADMINS = 16;
    /** 150.00 captured, 16 refunds of 13.37 asked at once: 11 fit (147.07), 5 must be refused. */
    static final String AMOUNT = "13.37";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void neverRefundsMoreThanWasCapturedUnderConcurrentRefunds() throws Exception {
        OrderApi api = new OrderApi(port);
        for (int round = 0; round < ROUNDS; round++) {
            String id = api.confirmedOrder(UUID.randomUUID()).get("id").asString();

            List<TestHttp.Response> responses = Race.run(ADMINS, admin -> api.asAdmin("POST", "/api/v1/admin/orders/" + id + "/refund",
                    admin % 4 == 3 ? null : "{\"amount\": {\"amount\": \"" + AMOUNT + "\", \"currency\": \"USD\"}}"));

            assertThat(responses).extracting(TestHttp.Response::status).containsOnly(200, 409);
            BigDecimal recorded = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM refund WHERE order_id = :id")
                    .param("id", UUID.fromString(id)).query(BigDecimal.class).single();
            BigDecimal counted = jdbc.sql("SELECT refunded_amount FROM orders WHERE id = :id")
                    .param("id", UUID.fromString(id)).query(BigDecimal.class).single();
            long granted = responses.stream().filter(r -> r.status() == 200).count();
            assertThat(recorded).isLessThanOrEqualTo(new BigDecimal("150.00"));
            assertThat(counted).isEqualByComparingTo(recorded);
            assertThat(jdbc.sql("SELECT count(*) FROM refund WHERE order_id = :id").param("id", UUID.fromString(id))
                    .query(Long.class).single()).isEqualTo(granted);
            String status = expect(200, api.asAdmin("GET", "/api/v1/admin/orders/" + id, null)).json().get("status").asString();
            assertThat(status).isEqualTo(recorded.compareTo(new BigDecimal("150.00")) == 0 ? "REFUNDED" : "CONFIRMED");
        }
    }
}

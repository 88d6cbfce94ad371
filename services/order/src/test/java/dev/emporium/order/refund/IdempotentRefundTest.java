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

/** A refund asked again with its Idempotency-Key (a retry after a timeout, a double submit) refunds once. */
@OrderServiceTest
class IdempotentRefundTest {

    static final int ROUNDS = 6;
    static final int RETRIES = 12;
    static final String TEN_DOLLARS = "{\"amount\": {\"amount\": \"10.00\", \"currency\": \"USD\"}}";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void refundsOnceWhenTheSameKeyIsSentManyTimesAtOnce() throws Exception {
        OrderApi api = new OrderApi(port);
        for (int round = 0; round < ROUNDS; round++) {
            String id = api.confirmedOrder(UUID.randomUUID()).get("id").asString();
            String key = UUID.randomUUID().toString();

            List<TestHttp.Response> responses = Race.run(RETRIES, retry -> api.refund(id, TEN_DOLLARS, key));

            assertThat(responses).extracting(TestHttp.Response::status).containsOnly(200, 409).contains(200);
            assertThat(responses).filteredOn(r -> r.status() == 409)
                    .allSatisfy(r -> assertThat(r.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS"));
            assertThat(refundsOf(id)).isEqualTo(1);
            assertThat(refundedAmount(id)).isEqualByComparingTo("10.00");
        }
    }

    @Test
    void answersTheFirstRefundAgainForARetryWithTheSameKey() {
        OrderApi api = new OrderApi(port);
        String id = api.confirmedOrder(UUID.randomUUID()).get("id").asString();
        String key = UUID.randomUUID().toString();

        TestHttp.Response first = expect(200, api.refund(id, TEN_DOLLARS, key));
        TestHttp.Response retry = expect(200, api.refund(id, TEN_DOLLARS, key));

        assertThat(retry.json().get("refunds")).isEqualTo(first.json().get("refunds"));
        assertThat(refundsOf(id)).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyForAnotherAmountAndRefundsNothingMore() {
        OrderApi api = new OrderApi(port);
        String id = api.confirmedOrder(UUID.randomUUID()).get("id").asString();
        String key = UUID.randomUUID().toString();
        expect(200, api.refund(id, TEN_DOLLARS, key));

        TestHttp.Response reused = api.refund(id, "{\"amount\": {\"amount\": \"20.00\", \"currency\": \"USD\"}}", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(refundedAmount(id)).isEqualByComparingTo("10.00");
    }

    @Test
    void refundsAgainForANewKey() {
        OrderApi api = new OrderApi(port);
        String id = api.confirmedOrder(UUID.randomUUID()).get("id").asString();

        expect(200, api.refund(id, TEN_DOLLARS, UUID.randomUUID().toString()));
        expect(200, api.refund(id, TEN_DOLLARS, UUID.randomUUID().toString()));

        assertThat(refundsOf(id)).isEqualTo(2);
    }

    private long refundsOf(String orderId) {
        return jdbc.sql("SELECT count(*) FROM refund WHERE order_id = :id").param("id", UUID.fromString(orderId))
                .query(Long.class).single();
    }

    private BigDecimal refundedAmount(String orderId) {
        return jdbc.sql("SELECT refunded_amount FROM orders WHERE id = :id").param("id", UUID.fromString(orderId))
                .query(BigDecimal.class).single();
    }
}

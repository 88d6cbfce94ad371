package dev.emporium.order.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.contracts.Topics;
import dev.emporium.order.OrderApi;
import dev.emporium.order.OrderServiceTest;
import dev.emporium.order.order.OrderEvents;
import dev.emporium.order.order.Orders;
import dev.emporium.platform.money.Money;
import dev.emporium.testsupport.TestKafka;
import dev.emporium.testsupport.events.EventContracts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The refund step against a double of the payment port (payment is another service, built apart): a refund payment
 * takes is settled once with its event, one payment refuses is given back, and one payment cannot take now stays
 * PENDING for the job to retry. The database, the outbox and Kafka are the real ones.
 */
@OrderServiceTest
class RefundExecutionTest {

    @LocalServerPort int port;
    @Autowired Refunds refunds;
    @Autowired Orders orders;
    @Autowired OrderEvents events;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    OrderApi api;

    @BeforeEach
    void client() {
        api = new OrderApi(port);
    }

    @Test
    void settlesARefundPaymentTookOnceAndPublishesIt() {
        UUID refundId = cancelledOrderRefund();
        PaymentDouble payment = new PaymentDouble(() -> new PaymentGateway.Refunded("REFUNDED"));
        RefundExecution execution = execution(payment);

        execution.run(refundId);
        execution.run(refundId);

        assertThat(payment.calls).hasSize(1);
        assertThat(payment.calls.getFirst().amount()).isEqualTo(new Money(new BigDecimal("150.00"), "USD"));
        Refunds.Refund refund = refunds.find(refundId).orElseThrow();
        assertThat(refund.status()).isEqualTo("SUCCEEDED");
        assertThat(orders.find(refund.orderId()).orElseThrow().paymentStatus()).isEqualTo("REFUNDED");
        ConsumerRecord<String, byte[]> record = TestKafka.read(Topics.ORDERS, Duration.ofSeconds(20), read -> read.stream()
                        .anyMatch(r -> refund.orderId().toString().equals(r.key()) && isRefunded(r)))
                .stream().filter(r -> refund.orderId().toString().equals(r.key()) && isRefunded(r)).findFirst().orElseThrow();
        EventContracts.assertConforms(record);
        JsonNode event = OrderApi.JSON.readTree(record.value());
        assertThat(event.get("refundId").asString()).isEqualTo(refundId.toString());
        assertThat(event.get("amount").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(event.get("refundedTotal").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(event.get("reason").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void givesBackARefundPaymentRefusesForGood() {
        UUID refundId = cancelledOrderRefund();

        execution(new PaymentDouble(() -> new PaymentGateway.Refused("PAYMENT_NOT_FOUND", "no such payment"))).run(refundId);

        Refunds.Refund refund = refunds.find(refundId).orElseThrow();
        assertThat(refund.status()).isEqualTo("FAILED");
        assertThat(refund.lastError()).isEqualTo("no such payment");
        assertThat(orders.find(refund.orderId()).orElseThrow().refundedAmount()).isEqualByComparingTo("0");
    }

    @Test
    void keepsARefundPendingWhilePaymentCannotTakeIt() {
        UUID refundId = cancelledOrderRefund();
        PaymentDouble down = new PaymentDouble(() -> {
            throw new PaymentGateway.PaymentUnavailableException("payment timed out", null);
        });

        assertThatThrownBy(() -> execution(down).run(refundId)).isInstanceOf(PaymentGateway.PaymentUnavailableException.class);

        Refunds.Refund refund = refunds.find(refundId).orElseThrow();
        assertThat(refund.status()).isEqualTo("PENDING");
        assertThat(refund.attempts()).isPositive();
        assertThat(orders.find(refund.orderId()).orElseThrow().refundedAmount()).isEqualByComparingTo("150.00");
    }

    private RefundExecution execution(PaymentGateway payment) {
        return new RefundExecution(refunds, orders, payment, events, transactions, clock);
    }

    /** A confirmed order of 150.00 the customer cancelled: its refund of everything captured. */
    private UUID cancelledOrderRefund() {
        UUID customer = UUID.randomUUID();
        String id = api.confirmedOrder(customer).get("id").asString();
        JsonNode order = OrderApi.expect(200, api.asCustomer(customer, "POST", "/api/v1/orders/" + id + "/cancel", null)).json();
        return UUID.fromString(order.get("refunds").get(0).get("id").asString());
    }

    private static boolean isRefunded(ConsumerRecord<String, byte[]> record) {
        return "emporium.order.refunded.v1".equals(TestKafka.header(record, "ce_type"));
    }

    /** The payment port, answering as told and remembering what it was asked. */
    static final class PaymentDouble implements PaymentGateway {
        record Call(UUID paymentId, UUID refundId, Money amount) {
        }

        final List<Call> calls = new ArrayList<>();
        private final Supplier<RefundResult> answer;

        PaymentDouble(Supplier<RefundResult> answer) {
            this.answer = answer;
        }

        @Override
        public synchronized RefundResult refund(UUID paymentId, UUID refundId, Money amount) {
            calls.add(new Call(paymentId, refundId, amount));
            return answer.get();
        }
    }
}

package dev.emporium.payment.payment;

import static dev.emporium.payment.PaymentApi.expect;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.payment.PaymentApi;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmporiumServiceTest
class PaymentLifecycleTest {

    @LocalServerPort int port;
    PaymentApi api;

    @BeforeEach
    void client() {
        api = new PaymentApi(port);
    }

    @Test
    void authorizesTheApprovingCardKeepingOnlyBrandAndLastFour() {
        UUID id = UUID.randomUUID();
        JsonNode payment = expect(200, api.authorize(id, "129.90", PaymentApi.APPROVED)).json();

        assertThat(payment.get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("amount").get("amount").asString()).isEqualTo("129.90");
        assertThat(payment.get("card").get("brand").asString()).isEqualTo("visa");
        assertThat(payment.get("card").get("last4").asString()).isEqualTo("4242");
        assertThat(payment.toString()).doesNotContain(PaymentApi.APPROVED);
    }

    @Test
    void declinesWithTheCardsDeclineCode() {
        JsonNode declined = expect(200, api.authorize(UUID.randomUUID(), "10.00", PaymentApi.DECLINED)).json();
        JsonNode insufficient = expect(200, api.authorize(UUID.randomUUID(), "10.00", PaymentApi.INSUFFICIENT_FUNDS)).json();
        JsonNode wrongNumber = expect(200, api.authorize(UUID.randomUUID(), "10.00", "4242424242424241")).json();

        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("declineCode").asString()).isEqualTo("card_declined");
        assertThat(insufficient.get("declineCode").asString()).isEqualTo("insufficient_funds");
        assertThat(wrongNumber.get("declineCode").asString()).isEqualTo("incorrect_number");
    }

    @Test
    void answersTheSamePaymentToARetryAndRefusesTheIdForAnotherAmount() {
        UUID id = UUID.randomUUID();
        String first = expect(200, api.authorize(id, "20.00", PaymentApi.APPROVED)).body();

        assertThat(expect(200, api.authorize(id, "20.00", PaymentApi.APPROVED)).body()).isEqualTo(first);
        assertProblem(api.authorize(id, "21.00", PaymentApi.APPROVED), 409, PaymentService.PAYMENT_ID_REUSED);
    }

    @Test
    void capturesOnceAndKeepsTheOrder() {
        UUID id = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        expect(200, api.authorize(id, "50.00", PaymentApi.APPROVED));

        JsonNode captured = expect(200, api.capture(id, orderId)).json();
        JsonNode again = expect(200, api.capture(id, orderId)).json();

        assertThat(captured.get("status").asString()).isEqualTo("CAPTURED");
        assertThat(captured.get("capturedAmount").get("amount").asString()).isEqualTo("50.00");
        assertThat(captured.get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(again).isEqualTo(captured);
        JsonNode listed = expect(200, api.http.get("/api/v1/admin/payments?orderId=" + orderId, "Authorization", "Bearer " + api.admin)).json();
        assertThat(listed.get("items")).hasSize(1);
        java.util.List<String> types = new java.util.ArrayList<>();
        for (JsonNode operation : listed.get("items").get(0).get("operations")) {
            types.add(operation.get("type").asString());
        }
        assertThat(types).containsExactly("AUTHORIZE", "CAPTURE");
    }

    @Test
    void refundsPartlySeveralTimesUpToWhatWasCaptured() {
        UUID id = api.capturedPayment("100.00");

        expect(200, api.refund(id, UUID.randomUUID(), "30.00"));
        JsonNode second = expect(200, api.refund(id, UUID.randomUUID(), "70.00")).json();

        assertThat(second.get("payment").get("status").asString()).isEqualTo("REFUNDED");
        assertThat(second.get("payment").get("refundedAmount").get("amount").asString()).isEqualTo("100.00");
        assertProblem(api.refund(id, UUID.randomUUID(), "0.01"), 409, Settlements.REFUND_EXCEEDS_CAPTURED);
    }

    @Test
    void answersARepeatedRefundIdWithTheSameRefund() {
        UUID id = api.capturedPayment("100.00");
        UUID refundId = UUID.randomUUID();

        expect(200, api.refund(id, refundId, "40.00"));
        JsonNode again = expect(200, api.refund(id, refundId, "40.00")).json();

        assertThat(again.get("payment").get("refundedAmount").get("amount").asString()).isEqualTo("40.00");
        assertProblem(api.refund(id, refundId, "41.00"), 409, Settlements.REFUND_ID_REUSED);
    }

    @Test
    void voidsAnAuthorizationAndRefusesToVoidACapture() {
        UUID id = UUID.randomUUID();
        expect(200, api.authorize(id, "15.00", PaymentApi.APPROVED));

        assertThat(expect(200, api.voidPayment(id)).json().get("status").asString()).isEqualTo("VOIDED");
        assertThat(expect(200, api.voidPayment(id)).json().get("status").asString()).isEqualTo("VOIDED");
        assertProblem(api.capture(id, null), 409, Settlements.PAYMENT_VOIDED);
        assertProblem(api.voidPayment(api.capturedPayment("5.00")), 409, Settlements.PAYMENT_CAPTURED);
    }

    @Test
    void voidsALateAuthorizationOfAnIdVoidedBeforeItArrived() {
        UUID id = UUID.randomUUID();
        assertThat(expect(200, api.voidPayment(id)).json().get("status").asString()).isEqualTo("VOIDED");

        JsonNode late = expect(200, api.authorize(id, "15.00", PaymentApi.APPROVED)).json();

        assertThat(late.get("status").asString()).isEqualTo("VOIDED");
    }

    @Test
    void refusesUsersAndServicesWithoutTheScope() {
        String body = PaymentApi.authorizeBody(UUID.randomUUID(), api.customer, "1.00", PaymentApi.APPROVED);
        assertProblem(api.http.post("/internal/payments", body), 401, "UNAUTHORIZED");
        assertProblem(api.http.post("/internal/payments", body, "Authorization", "Bearer " + TestJwts.get().customer(api.customer)), 403,
                "FORBIDDEN");
        assertProblem(api.http.post("/internal/payments", body, "Authorization", "Bearer " + api.order), 403, "FORBIDDEN");
        assertProblem(api.asCheckout("POST", "/internal/payments/" + UUID.randomUUID() + "/refunds",
                "{\"refundId\": \"" + UUID.randomUUID() + "\"}"), 403, "FORBIDDEN");
    }

    @Test
    void refusesAMalformedCardWithAProblem() {
        String body = PaymentApi.authorizeBody(UUID.randomUUID(), api.customer, "1.00", "42abc");
        assertProblem(api.asCheckout("POST", "/internal/payments", body), 400, "VALIDATION_FAILED");
    }
}

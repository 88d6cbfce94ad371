package dev.emporium.payment.payment;

import static dev.emporium.payment.PaymentApi.expect;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.payment.PaymentApi;
import dev.emporium.cardprovider.CardProviderFaults;
import dev.emporium.cardprovider.CardProviderFaults.Fault;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@EmporiumServiceTest(properties = { "emporium.payment.provider.timeout=300ms", "emporium.payment.provider.attempts=3",
        "emporium.payment.provider.backoff=10ms", "emporium.payment.provider.window=1000",
        "emporium.payment.card-provider.fault-hang=1s", "emporium.payment.recovery.interval=200ms",
        "emporium.payment.recovery.grace=500ms" })
class ProviderFaultsTest {

    @LocalServerPort int port;
    @Autowired CardProviderFaults faults;
    @Autowired JdbcClient jdbc;
    PaymentApi api;

    @BeforeEach
    void client() {
        api = new PaymentApi(port);
    }

    @AfterEach
    void noMoreFaults() {
        faults.clear();
    }

    @Test
    void learnsAnAuthorizationThatTimedOutAfterTheProviderMadeItByRetryingWithTheSameKey() {
        UUID id = UUID.randomUUID();
        faults.inject("authorize", Fault.TIMEOUT_AFTER_SUCCESS, 1);

        assertThat(expect(200, api.authorize(id, "12.00", PaymentApi.APPROVED)).json().get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(providerAuthorizations(id)).isEqualTo(1);
    }

    @Test
    void answers503WhenTheProviderKeepsFailingAndChargesNothingOnceVoided() {
        UUID id = UUID.randomUUID();
        // every attempt times out, the first after the provider authorized: the caller cannot know it was authorized
        faults.inject("authorize", Fault.TIMEOUT_AFTER_SUCCESS, 3);

        var answer = api.authorize(id, "12.00", PaymentApi.APPROVED);
        // the caller gets 503, unless the provider's webhook or the recovery task learnt of the authorization before the
        // last attempt gave up: then the payment as it is (a machine under load makes that race real)
        if (answer.status() == 200) {
            assertThat(answer.json().get("status").asString()).isEqualTo("AUTHORIZED");
        } else {
            assertProblem(answer, 503, "SERVICE_UNAVAILABLE");
        }
        faults.clear();

        assertThat(expect(200, api.voidPayment(id)).json().get("status").asString()).isEqualTo("VOIDED");
        assertThat(jdbc.sql("SELECT status FROM card_provider.card_authorization WHERE reference = :ref").param("ref", id.toString())
                .query(String.class).single()).isEqualTo("VOIDED");
    }

    @Test
    void recoversAPendingAuthorizationOnItsOwnOnceTheProviderIsBack() {
        UUID id = UUID.randomUUID();
        faults.inject("authorize", Fault.SERVER_ERROR, 3);

        assertProblem(api.authorize(id, "12.00", PaymentApi.APPROVED), 503, "SERVICE_UNAVAILABLE");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                expect(200, api.asCheckout("GET", "/internal/payments/" + id, null)).json().get("status").asString()).isEqualTo("AUTHORIZED"));
        assertThat(providerAuthorizations(id)).isEqualTo(1);
    }

    @Test
    void neverRefundsTwiceWhenTheRefundTimedOutAfterTheProviderMadeIt() {
        UUID id = api.capturedPayment("80.00");
        faults.inject("refund", Fault.TIMEOUT_AFTER_SUCCESS, 1);

        expect(200, api.refund(id, UUID.randomUUID(), "80.00"));

        assertThat(jdbc.sql("SELECT refunded FROM card_provider.card_authorization WHERE reference = :ref").param("ref", id.toString())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("80.00");
    }

    private long providerAuthorizations(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM card_provider.card_authorization WHERE reference = :ref").param("ref", id.toString())
                .query(Long.class).single();
    }
}

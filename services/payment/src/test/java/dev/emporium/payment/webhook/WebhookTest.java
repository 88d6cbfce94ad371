package dev.emporium.payment.webhook;

import static dev.emporium.payment.PaymentApi.expect;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.payment.PaymentApi;
import dev.emporium.payment.provider.WebhookSignature;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@EmporiumServiceTest(properties = { "emporium.payment.card-provider.dispute-delay=300ms",
        "emporium.payment.card-provider.polling-interval=100ms" })
class WebhookTest {

    static final String SECRET = "whsec_local_only_change_me";
    static final String PATH = "/api/v1/payments/webhooks/card";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    PaymentApi api;

    @BeforeEach
    void client() {
        api = new PaymentApi(port);
    }

    @Test
    void refusesAnUnsignedOrWronglySignedWebhookWithoutEffect() {
        String body = event("evt_" + UUID.randomUUID(), "payment.disputed", "pay_unknown", null);
        assertProblem(post(body, null), 401, WebhookHandler.WEBHOOK_SIGNATURE_INVALID);
        assertProblem(post(body, WebhookSignature.sign("another secret", Instant.now(), bytes(body))), 401,
                WebhookHandler.WEBHOOK_SIGNATURE_INVALID);
        assertProblem(post(body, WebhookSignature.sign(SECRET, Instant.now().minus(Duration.ofMinutes(6)), bytes(body))), 401,
                WebhookHandler.WEBHOOK_STALE);
    }

    @Test
    void appliesAnEventOnceAndRefusesItsReplay() {
        UUID id = api.capturedPayment("60.00");
        String providerId = providerId(id);
        String body = event("evt_" + UUID.randomUUID(), "payment.disputed", providerId, "\"objectId\": \"dp_test1\", \"code\": \"fraudulent\"");

        expect(200, post(body, WebhookSignature.sign(SECRET, Instant.now(), bytes(body))));
        assertProblem(post(body, WebhookSignature.sign(SECRET, Instant.now(), bytes(body))), 400, WebhookHandler.WEBHOOK_REPLAYED);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_operation WHERE payment_id = :id AND type = 'DISPUTE'").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void neverTakesAPaymentBackWhenALateAuthorizedArrivesAfterTheCapture() {
        UUID id = api.capturedPayment("60.00");
        String body = event("evt_" + UUID.randomUUID(), "payment.authorized", providerId(id), null);

        expect(200, post(body, WebhookSignature.sign(SECRET, Instant.now(), bytes(body))));

        assertThat(status(id)).isEqualTo("CAPTURED");
    }

    @Test
    void receivesTheDisputeOfTheDisputeTestCardAsASignedWebhook() {
        UUID id = UUID.randomUUID();
        expect(200, api.authorize(id, "70.00", PaymentApi.DISPUTED));
        expect(200, api.capture(id, UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT disputed_amount FROM payment WHERE id = :id").param("id", id).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("70.00"));
    }

    @Test
    void authorizesACardThatNeedsConfirmationOnceTheCustomerConfirmsOnTheProvidersPage() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode pending = expect(200, api.authorize(id, "33.00", PaymentApi.NEEDS_CONFIRMATION)).json();
        assertThat(pending.get("status").asString()).isEqualTo("REQUIRES_ACTION");
        String url = pending.get("nextAction").get("url").asString();
        String path = URI.create(url).getPath();

        TestHttp.Response page = api.http.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("33 USD").contains("name=\"decision\"");
        HttpResponse<String> confirmed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=confirm")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("AUTHORIZED"));
    }

    private String status(UUID id) {
        return expect(200, api.asCheckout("GET", "/internal/payments/" + id, null)).json().get("status").asString();
    }

    private String providerId(UUID id) {
        return jdbc.sql("SELECT provider_payment_id FROM payment WHERE id = :id").param("id", id).query(String.class).single();
    }

    private TestHttp.Response post(String body, String signature) {
        return signature == null ? api.http.post(PATH, body) : api.http.post(PATH, body, WebhookSignature.HEADER, signature);
    }

    private static String event(String id, String type, String providerPaymentId, String extra) {
        return """
                {"id": "%s", "type": "%s", "created": %d, "data": {"paymentId": "%s", "reference": null, "amount": 60.00,
                 "currency": "USD"%s}}""".formatted(id, type, Instant.now().getEpochSecond(), providerPaymentId,
                extra == null ? "" : ", " + extra);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.emporium.cardprovider;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.emporium.payment.provider.WebhookEvent;
import dev.emporium.payment.provider.WebhookSignature;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's asynchronous notifications. An event is written with the state change that caused it, and its
 * delivery is a db-scheduler task scheduled in that same transaction: nothing is sent for a rolled-back change, and
 * a crash between the change and the delivery only delays it. A delivery signs the body ({@link WebhookSignature}) at
 * send time and POSTs it; a 5xx or no answer is retried with exponential backoff, a 2xx or 4xx ends it.
 */
final class CardWebhooks {

    private static final Logger log = LoggerFactory.getLogger(CardWebhooks.class);
    static final String DELIVERY_TASK = "card-webhook";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CardProviderProperties properties;
    private final Environment environment;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final OneTimeTask<String> delivery;
    private SchedulerClient scheduler;

    CardWebhooks(JdbcClient jdbc, JsonMapper json, CardProviderProperties properties, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
        this.delivery = Tasks.oneTime(DELIVERY_TASK, String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(properties.webhookAttempts(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofMillis(500), 2.0)))
                .execute((instance, context) -> deliver(instance.getData()));
    }

    OneTimeTask<String> deliveryTask() {
        return delivery;
    }

    void scheduleWith(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    /** Records the event and schedules its delivery at {@code at}, in the caller's transaction. */
    void emit(String type, CardLedger.Authorization payment, BigDecimal amount, String code, String objectId, Instant at) {
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        WebhookEvent event = new WebhookEvent(id, type, at.getEpochSecond(),
                new WebhookEvent.Data(payment.id(), payment.reference(), amount, payment.currency(), code, objectId));
        jdbc.sql("INSERT INTO card_provider.webhook_event (id, type, payload, created_at) VALUES (:id, :type, :payload, :now)")
                .param("id", id).param("type", type).param("payload", json.writeValueAsString(event))
                .param("now", Timestamp.from(clock.instant())).update();
        scheduler.schedule(delivery.instance(id, id), at);
    }

    private void deliver(String eventId) {
        String payload = jdbc.sql("SELECT payload FROM card_provider.webhook_event WHERE id = :id").param("id", eventId)
                .query(String.class).single();
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(target())).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(properties.webhookSecret(), clock.instant(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            record(eventId, null);
            throw new IllegalStateException("webhook " + eventId + " not delivered: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("webhook " + eventId + " interrupted", e);
        }
        record(eventId, status);
        if (status >= 500) {
            throw new IllegalStateException("webhook " + eventId + " answered " + status);
        }
        if (status >= 400) {
            log.warn("webhook {} refused with {}; not retried", eventId, status);
        }
    }

    private void record(String eventId, Integer status) {
        jdbc.sql("""
                UPDATE card_provider.webhook_event SET attempts = attempts + 1, last_status = CAST(:status AS integer),
                       delivered_at = CASE WHEN CAST(:status AS integer) < 500 THEN :now ELSE delivered_at END WHERE id = :id""")
                .param("status", status).param("now", Timestamp.from(clock.instant())).param("id", eventId).update();
    }

    private String target() {
        if (!properties.webhookUrl().isBlank()) {
            return properties.webhookUrl();
        }
        return "http://127.0.0.1:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8088"))
                + "/api/v1/payments/webhooks/card";
    }
}

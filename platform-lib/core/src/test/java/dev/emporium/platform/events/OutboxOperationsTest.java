package dev.emporium.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.platform.testapp.SampleHappenedV1;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What an operator sees and can do: backlog metrics and health, rejected events and their resending, housekeeping. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class OutboxOperationsTest {

    private static final String TOPIC = PlatformTestApplication.OUTBOX.name();

    @Autowired EventPublisher events;
    @Autowired OutboxRelay relay;
    @Autowired OutboxMonitor monitor;
    @Autowired EventHousekeeping housekeeping;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;
    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp("http://127.0.0.1:" + port);
    }

    @Test
    void reportsTheBacklogAndDegradesHealthButNotReadinessWhileEventsWait() {
        relay.stop(); // Kafka "unreachable": nothing is sent
        try {
            transaction.execute(s -> events.publish(TOPIC, "waiting", new SampleHappenedV1(UUID.randomUUID(), "waiting")));

            await().atMost(Duration.ofSeconds(20)).until(() -> monitor.refresh().oldest().compareTo(Duration.ofSeconds(1)) > 0);

            assertThat(monitor.health().getStatus()).isEqualTo(OutboxMonitor.DEGRADED);
            assertThat(meters.get("emporium.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(meters.get("emporium.outbox.oldest.age").gauge().value()).isGreaterThan(1);
            TestHttp.Response health = http.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asString()).isEqualTo("DEGRADED");
            assertThat(http.get("/actuator/health/readiness").json().path("status").asString()).isEqualTo("UP");
        } finally {
            relay.start();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> monitor.refresh().backlog() == 0);
        assertThat(monitor.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void rejectsOnlyARecordKafkaRefusesForGoodAndSendsItAgainOnceAnOperatorAsks() {
        relay.stop();
        UUID tooLarge;
        UUID next;
        String key = "large-" + UUID.randomUUID();
        try {
            tooLarge = transaction.execute(s -> events.publish(TOPIC, key, new SampleHappenedV1(UUID.randomUUID(), "x".repeat(5_000))));
            next = transaction.execute(s -> events.publish(TOPIC, "other-" + UUID.randomUUID(),
                    new SampleHappenedV1(UUID.randomUUID(), "small")));
            OutboxRelay strictRelay = new OutboxRelay(jdbc, transaction, kafkaAcceptingAtMost(2_000),
                    new EventsProperties.Outbox(Duration.ofSeconds(1), Duration.ofSeconds(5), 10, Duration.ofDays(1), Duration.ofMinutes(1)));

            strictRelay.relayPending();
        } finally {
            relay.start();
        }
        TestKafka.readUntilHeader(TOPIC, "ce_id", next.toString(), Duration.ofSeconds(20)); // the row behind it went out
        String admin = "Bearer " + TestJwts.get().admin(UUID.randomUUID());

        TestHttp.Response rejected = http.get("/api/v1/admin/events/outbox/rejected", "Authorization", admin);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains(tooLarge.toString()).contains("RecordTooLargeException");
        assertThat(http.get("/api/v1/admin/events/outbox/rejected", "Authorization",
                "Bearer " + TestJwts.get().customer(UUID.randomUUID())).status()).isEqualTo(403);

        // the limit was raised: this service's own producer accepts the record
        TestHttp.Response resend = http.post("/api/v1/admin/events/outbox/rejected/" + tooLarge + "/resend", null,
                "Authorization", admin);
        assertThat(resend.status()).isEqualTo(200);
        TestKafka.readUntilHeader(TOPIC, "ce_id", tooLarge.toString(), Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(tooLarge));
        assertThat(http.post("/api/v1/admin/events/outbox/rejected/" + tooLarge + "/resend", null, "Authorization", admin)
                .status()).isEqualTo(404);
    }

    @Test
    void refusesToResendARejectedEventOnceALaterEventOfItsKeyExists() {
        String key = "superseded-" + UUID.randomUUID();
        UUID old = transaction.execute(s -> events.publish(TOPIC, key, new SampleHappenedV1(UUID.randomUUID(), "old")));
        jdbc.sql("UPDATE platform.outbox_event SET rejected_at = now(), published_at = NULL WHERE event_id = :id")
                .param("id", old).update();
        transaction.execute(s -> events.publish(TOPIC, key, new SampleHappenedV1(UUID.randomUUID(), "newer")));

        try {
            TestHttp.Response resend = http.post("/api/v1/admin/events/outbox/rejected/" + old + "/resend", null,
                    "Authorization", "Bearer " + TestJwts.get().admin(UUID.randomUUID()));

            assertThat(resend.status()).isEqualTo(409);
            assertThat(resend.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            jdbc.sql("DELETE FROM platform.outbox_event WHERE event_id = :id").param("id", old).update();
        }
    }

    @Test
    void replaysDeadLettersOnlyForAnAdminAndOnlyOfATopicTheServiceConsumes() {
        String samples = "/api/v1/admin/events/dead-letters/" + PlatformTestApplication.SAMPLES.name() + "/replay";

        assertThat(http.post(samples, null, "Authorization", "Bearer " + TestJwts.get().customer(UUID.randomUUID())).status())
                .isEqualTo(403);
        TestHttp.Response notConsumed = http.post("/api/v1/admin/events/dead-letters/" + TOPIC + "/replay", null,
                "Authorization", "Bearer " + TestJwts.get().admin(UUID.randomUUID()));
        assertThat(notConsumed.status()).isEqualTo(404);
        assertThat(notConsumed.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void forgetsProcessedEventIdsAndPublishedRowsAfterTheirRetention() {
        String oldId = "old-" + UUID.randomUUID();
        String recentId = "recent-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO platform.processed_event (consumer, event_id, processed_at) VALUES ('c', :id, now() - interval '31 days')")
                .param("id", oldId).update();
        jdbc.sql("INSERT INTO platform.processed_event (consumer, event_id, processed_at) VALUES ('c', :id, now() - interval '29 days')")
                .param("id", recentId).update();

        housekeeping.purgeProcessedEvents();

        assertThat(processed(oldId)).isZero();
        assertThat(processed(recentId)).isOne();
    }

    private int processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM platform.processed_event WHERE event_id = :id").param("id", eventId)
                .query(Integer.class).single();
    }

    private boolean published(UUID eventId) {
        return jdbc.sql("SELECT published_at IS NOT NULL FROM platform.outbox_event WHERE event_id = :id").param("id", eventId)
                .query(Boolean.class).single();
    }

    private static KafkaTemplate<String, byte[]> kafkaAcceptingAtMost(int bytes) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, bytes),
                new StringSerializer(), new ByteArraySerializer()));
    }
}

package dev.emporium.platform.events;

import dev.emporium.platform.testapp.PlatformTestApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.platform.testapp.SampleHappenedV1;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox guarantee: an event goes out if and only if its transaction commits, whatever happens in between. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class OutboxPublicationTest {

    @Autowired EventPublisher events;
    @Autowired OutboxRelay relay;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired KafkaTemplate<String, byte[]> kafka;

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void publishesCommittedEventAsCloudEventInBinaryMode() {
        String topic = outboxTopic();
        UUID sampleId = UUID.randomUUID();
        UUID eventId = transaction.execute(s -> events.publish(topic, sampleId.toString(), new SampleHappenedV1(sampleId, "hello")));

        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntilHeader(topic, "ce_id", eventId.toString(), WAIT);

        ConsumerRecord<String, byte[]> record = records.stream()
                .filter(r -> eventId.toString().equals(TestKafka.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(sampleId.toString());
        assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestKafka.header(record, "ce_type")).isEqualTo("emporium.platform-test.sample-happened.v1");
        assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/emporium/platform-test");
        assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(sampleId.toString());
        assertThat(TestKafka.header(record, "ce_time")).isNotBlank();
        assertThat(TestKafka.header(record, "content-type")).isEqualTo("application/json");
        assertThat(TestKafka.value(record)).isEqualTo("{\"sampleId\":\"" + sampleId + "\",\"note\":\"hello\"}");
    }

    @Test
    void neverPublishesEventOfRolledBackTransaction() {
        String topic = outboxTopic();
        UUID rolledBack = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            events.publish(topic, rolledBack.toString(), new SampleHappenedV1(rolledBack, "rolled back"));
            status.setRollbackOnly();
        });
        String markerKey = "marker-" + UUID.randomUUID();
        UUID marker = transaction.execute(s -> events.publish(topic, markerKey, new SampleHappenedV1(UUID.randomUUID(), "marker")));

        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntilHeader(topic, "ce_id", marker.toString(), WAIT);

        assertThat(records).extracting(ConsumerRecord::key).contains(markerKey).doesNotContain(rolledBack.toString());
    }

    @Test
    void refusesToPublishOutsideATransaction() {
        assertThatThrownBy(() -> events.publish(outboxTopic(), "k", new SampleHappenedV1(UUID.randomUUID(), "x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eventCommittedButNotSentBeforeACrashGoesOutWhenTheRelayRunsAgain() {
        String topic = outboxTopic();
        relay.stop(); // the process "dies" after the commit and before the send
        UUID eventId;
        try {
            eventId = transaction.execute(s -> events.publish(topic, "k", new SampleHappenedV1(UUID.randomUUID(), "survivor")));
            assertThat(pendingCount(eventId)).isEqualTo(1);
        } finally {
            relay.start(); // the restarted process relays what the outbox still holds
        }

        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntilHeader(topic, "ce_id", eventId.toString(), WAIT);

        assertThat(records).extracting(r -> TestKafka.header(r, "ce_id")).containsOnlyOnce(eventId.toString());
    }

    @Test
    void eventWrittenWhileKafkaIsDownStaysInOutboxAndGoesOutWhenKafkaIsBack() {
        String topic = outboxTopic();
        relay.stop();
        UUID eventId;
        try {
            eventId = transaction.execute(s -> events.publish(topic, "k", new SampleHappenedV1(UUID.randomUUID(), "patient")));
            OutboxRelay relayWithoutKafka = new OutboxRelay(jdbc, transaction, unreachableKafka(),
                    new EventsProperties.Outbox(Duration.ofSeconds(1), Duration.ofSeconds(2), 10, Duration.ofDays(1), Duration.ofMinutes(1)));

            assertThat(relayWithoutKafka.relayPending()).isZero();
            assertThat(relayWithoutKafka.relayPending()).isZero();
            assertThat(pendingCount(eventId)).isEqualTo(1);
            assertThat(jdbc.sql("SELECT attempts FROM platform.outbox_event WHERE event_id = :id").param("id", eventId)
                    .query(Integer.class).single()).isEqualTo(2);
        } finally {
            relay.start(); // Kafka is reachable again
        }

        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntilHeader(topic, "ce_id", eventId.toString(), WAIT);

        assertThat(records).extracting(r -> TestKafka.header(r, "ce_id")).containsOnlyOnce(eventId.toString());
        assertThat(pendingCount(eventId)).isZero();
    }

    @Test
    void refusesToPublishToATopicTheServiceDidNotDeclare() {
        assertThatThrownBy(() -> transaction.execute(s -> events.publish("platform-test.undeclared", "k",
                new SampleHappenedV1(UUID.randomUUID(), "lost"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EventTopics.publishes");
    }

    private int pendingCount(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM platform.outbox_event WHERE event_id = :id AND published_at IS NULL")
                .param("id", eventId).query(Integer.class).single();
    }

    private static KafkaTemplate<String, byte[]> unreachableKafka() {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 500,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1000),
                new StringSerializer(), new ByteArraySerializer()));
    }

    private static String outboxTopic() {
        return PlatformTestApplication.OUTBOX.name();
    }
}

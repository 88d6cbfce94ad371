package dev.emporium.platform.events;

import dev.emporium.platform.testapp.PlatformTestApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.platform.testapp.SampleListener;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** Consumers: at-least-once delivery handled exactly once; bounded retries, then the dead-letter topic. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class IdempotentConsumerTest {

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JdbcClient jdbc;
    @Autowired SampleListener listener;

    @Test
    void handlesAnEventDeliveredTwiceOnlyOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        send(eventId, "{\"sampleId\":\"" + UUID.randomUUID() + "\",\"note\":\"twice\"}");
        send(eventId, "{\"sampleId\":\"" + UUID.randomUUID() + "\",\"note\":\"twice\"}");
        send(marker, "{\"sampleId\":\"" + UUID.randomUUID() + "\",\"note\":\"after\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);

        assertThat(effects(eventId)).isEqualTo(1);
    }

    @Test
    void sendsAnEventThatKeepsFailingToTheDeadLetterTopicAfterBoundedRetriesAndMovesOn() throws Exception {
        String poison = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        int attemptsBefore = listener.poisonAttempts.get();
        send(poison, "{\"sampleId\":\"" + UUID.randomUUID() + "\",\"note\":\"poison pill\"}");
        send(next, "{\"sampleId\":\"" + UUID.randomUUID() + "\",\"note\":\"next\"}");

        List<ConsumerRecord<String, byte[]>> dead = TestKafka.readUntilHeader(SampleListener.TOPIC + ".DLT", "ce_id", poison,
                Duration.ofSeconds(30));

        assertThat(dead).extracting(r -> TestKafka.header(r, "ce_id")).contains(poison);
        assertThat(listener.poisonAttempts.get() - attemptsBefore).isEqualTo(3); // first try + max-retries (2)
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
        assertThat(effects(poison)).isZero();
    }

    @Test
    void sendsAMalformedEventStraightToTheDeadLetterTopic() throws Exception {
        String malformed = UUID.randomUUID().toString();
        send(malformed, "{\"sampleId\": not json");

        List<ConsumerRecord<String, byte[]>> dead = TestKafka.readUntilHeader(SampleListener.TOPIC + ".DLT", "ce_id", malformed,
                Duration.ofSeconds(30));

        ConsumerRecord<String, byte[]> record = dead.stream().filter(r -> malformed.equals(TestKafka.header(r, "ce_id")))
                .findFirst().orElseThrow();
        assertThat(TestKafka.header(record, "kafka_dlt-exception-message")).contains("does not fit");
    }

    @Test
    void sendsARecordWithoutCloudEventsHeadersToTheDeadLetterTopic() throws Exception {
        String key = "headerless-" + UUID.randomUUID();
        kafka.send(new ProducerRecord<>(SampleListener.TOPIC, key, "{}".getBytes(StandardCharsets.UTF_8))).get();

        List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(SampleListener.TOPIC + ".DLT", Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> key.equals(r.key())));

        assertThat(dead).extracting(ConsumerRecord::key).contains(key);
    }

    private int effects(String eventId) {
        return jdbc.sql("SELECT count(*) FROM sample_effect WHERE event_id = :id").param("id", eventId)
                .query(Integer.class).single();
    }

    private void send(String eventId, String json) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "emporium.platform-test.sample-happened.v1".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/emporium/test".getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(SampleListener.TOPIC, null, "sample", json.getBytes(StandardCharsets.UTF_8), headers))
                .get();
    }
}

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

/**
 * Consumers: at-least-once delivery handled exactly once; infrastructure outages waited out; bounded retries of a
 * record that fails on its own, then the dead-letter topic, from which it can be replayed.
 */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class IdempotentConsumerTest {

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JdbcClient jdbc;
    @Autowired SampleListener listener;
    @Autowired EventInbox inbox;
    @Autowired DeadLetterReplay replay;

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

    @Test
    void handlesDuplicatesDeliveredAtTheSameMomentExactlyOnce() throws Exception {
        // as when a rebalance hands a partition to another replica while the first is still handling a record
        int deliveries = 8;
        List<String> eventIds = java.util.stream.IntStream.range(0, 25).mapToObj(i -> UUID.randomUUID().toString()).toList();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(deliveries);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(deliveries);
        try {
            List<java.util.concurrent.Future<Integer>> handled = new java.util.ArrayList<>();
            for (int d = 0; d < deliveries; d++) {
                handled.add(pool.submit(() -> {
                    int ran = 0;
                    for (String eventId : eventIds) {
                        together.await();
                        if (inbox.handleOnce("concurrent-test", record(eventId, "{\"sampleId\":\"" + UUID.randomUUID()
                                + "\",\"note\":\"dup\"}"), event -> {
                            jdbc.sql("INSERT INTO sample_effect (event_id, note) VALUES (:id, 'dup')").param("id", event.id()).update();
                            pauseBriefly();
                        })) {
                            ran++;
                        }
                    }
                    return ran;
                }));
            }
            int ran = 0;
            for (java.util.concurrent.Future<Integer> result : handled) {
                ran += result.get();
            }

            assertThat(ran).isEqualTo(eventIds.size());
            assertThat(eventIds).allSatisfy(id -> assertThat(effects(id)).isEqualTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void waitsOutADatabaseOutageWithoutDeadLetteringAndHandlesTheEventWhenItIsBack() throws Exception {
        // eight failed attempts: far beyond max-retries (2) after which a failing record would be dead-lettered
        String eventId = UUID.randomUUID().toString();
        send(eventId, "{\"sampleId\":\"" + UUID.randomUUID() + "\",\"note\":\"outage:8\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(eventId) == 1);

        assertThat(listener.attempts.get(eventId).get()).isEqualTo(9);
    }

    @Test
    void replaysADeadLetteredEventOntoItsTopicOnceTheCauseIsFixedAndOnlyOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        send(eventId, "{\"sampleId\":\"" + UUID.randomUUID() + "\",\"note\":\"until-fixed\"}");
        TestKafka.readUntilHeader(SampleListener.TOPIC + ".DLT", "ce_id", eventId, Duration.ofSeconds(30));
        assertThat(effects(eventId)).isZero();

        listener.fixed.set(true);
        int replayed = replay.replay(SampleListener.TOPIC);
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(eventId) == 1);
        replay.replay(SampleListener.TOPIC); // a second replay finds nothing new of this event
        String marker = UUID.randomUUID().toString();
        send(marker, "{\"sampleId\":\"" + UUID.randomUUID() + "\",\"note\":\"marker\"}");

        assertThat(replayed).isGreaterThanOrEqualTo(1);
        // same key, same partition: once the marker is read, everything replayed before it has been read too
        List<ConsumerRecord<String, byte[]>> onTopic = TestKafka.readUntilHeader(SampleListener.TOPIC, "ce_id", marker,
                Duration.ofSeconds(30)).stream().filter(r -> eventId.equals(TestKafka.header(r, "ce_id"))).toList();
        assertThat(onTopic).hasSize(2); // the original and one replay
        ConsumerRecord<String, byte[]> replayedRecord = onTopic.getLast();
        assertThat(TestKafka.header(replayedRecord, "ce_type")).isEqualTo("emporium.platform-test.sample-happened.v1");
        assertThat(replayedRecord.headers().lastHeader("kafka_dlt-exception-message")).isNull();
        assertThat(effects(eventId)).isEqualTo(1);
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ConsumerRecord<String, byte[]> record(String eventId, String json) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(SampleListener.TOPIC, 0, 0L, "sample",
                json.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "emporium.platform-test.sample-happened.v1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/emporium/test".getBytes(StandardCharsets.UTF_8));
        return record;
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

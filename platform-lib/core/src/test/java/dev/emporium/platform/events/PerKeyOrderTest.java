package dev.emporium.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.platform.testapp.SampleHappenedV1;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-key order is the publisher's guarantee, whatever the caller does inside its transaction: many concurrent
 * transactions publish the full new state of a few shared rows, then write it, with pauses in between, while three
 * relays (this context's and two more, as replicas of the service would) drain the one outbox; or republish a row's
 * state without locking it while others change it. The records of each key reach the topic in commit order, so the
 * last one is the row's final state.
 */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class PerKeyOrderTest {

    private static final int THREADS = 6;
    private static final int TRANSACTIONS_PER_THREAD = 25;
    private static final int KEYS = 3;
    private static final String TOPIC = PlatformTestApplication.STATES.name();

    @Autowired EventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;

    @Test
    void everyKeysRecordsReachTheTopicInCommitOrderAndTheLastIsTheRowsFinalState() throws Exception {
        List<String> keys = createProbes();
        List<OutboxRelay> replicas = List.of(replicaRelay(), replicaRelay());
        replicas.forEach(OutboxRelay::start);
        try {
            runConcurrently(keys, (key, i) -> publishThenWrite(key));
        } finally {
            replicas.forEach(OutboxRelay::stop);
        }

        Map<String, List<Long>> versionsOnTopic = versionsOnTopicByKey(keys);

        for (String key : keys) {
            long finalVersion = probeVersion(key);
            // every committed version of the key, each once (a resend would repeat an id, not a version), in order
            assertThat(versionsOnTopic.get(key)).as("versions of %s on the topic", key)
                    .isSortedAccordingTo(Long::compare)
                    .doesNotHaveDuplicates()
                    .hasSize((int) finalVersion)
                    .endsWith(finalVersion);
        }
    }

    @Test
    void stateRepublishedWithoutARowLockNeverOvertakesANewerChange() throws Exception {
        // as catalog republishes a renamed category's products while an admin edits one of them
        List<String> keys = createProbes();

        runConcurrently(keys, (key, i) -> {
            if (i % 2 == 0) {
                writeThenPublish(key);
            } else {
                republish(key);
            }
        });

        Map<String, List<Long>> versionsOnTopic = versionsOnTopicByKey(keys);
        for (String key : keys) {
            assertThat(versionsOnTopic.get(key)).as("versions of %s on the topic", key)
                    .isSortedAccordingTo(Long::compare)
                    .endsWith(probeVersion(key));
        }
    }

    /** Publishes a new full state, pauses, then writes it: the order of the publish calls alone is not commit order. */
    private void publishThenWrite(String key) {
        String state = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> {
            events.publish(TOPIC, key, new SampleHappenedV1(UUID.fromString(key), state));
            pause();
            write(key, state);
            pause();
        });
    }

    /** An admin's edit: the row is locked by the update, then its new state published. */
    private void writeThenPublish(String key) {
        String state = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> {
            write(key, state);
            pause();
            events.publish(TOPIC, key, new SampleHappenedV1(UUID.fromString(key), state));
            pause();
        });
    }

    /** Publishes the row's current state as the publisher reads it after the key's lock; no row lock. */
    private void republish(String key) {
        transaction.executeWithoutResult(status -> {
            pause();
            events.publish(TOPIC, key, () -> new SampleHappenedV1(UUID.fromString(key),
                    jdbc.sql("SELECT state FROM probe WHERE probe_key = :key").param("key", key).query(String.class).single()));
            pause();
        });
    }

    private void write(String key, String state) {
        long version = jdbc.sql("UPDATE probe SET state = :state, version = version + 1 WHERE probe_key = :key RETURNING version")
                .param("state", state).param("key", key).query(Long.class).single();
        jdbc.sql("INSERT INTO probe_history (state, probe_key, version) VALUES (:state, :key, :version)")
                .param("state", state).param("key", key).param("version", version).update();
    }

    private interface Transaction {
        void run(String key, int iteration);
    }

    private void runConcurrently(List<String> keys, Transaction body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
                        body.run(keys.get(ThreadLocalRandom.current().nextInt(keys.size())), i);
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, List<Long>> versionsOnTopicByKey(List<String> keys) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM platform.outbox_event WHERE topic = :topic AND published_at IS NULL")
                .param("topic", TOPIC).query(Integer.class).single() == 0);
        Map<String, Long> versionOfState = new HashMap<>();
        jdbc.sql("SELECT state, version FROM probe_history WHERE probe_key IN (:keys)").param("keys", keys)
                .query((rs, row) -> versionOfState.put(rs.getString("state"), rs.getLong("version"))).list();
        int expected = jdbc.sql("SELECT count(*) FROM platform.outbox_event WHERE topic = :topic AND event_key IN (:keys)")
                .param("topic", TOPIC).param("keys", keys).query(Integer.class).single();
        Set<String> seenIds = new HashSet<>();
        Map<String, List<Long>> versions = new LinkedHashMap<>();
        List<ConsumerRecord<String, byte[]>> records = TestKafka.read(TOPIC, Duration.ofSeconds(30), read -> read.stream()
                .filter(r -> keys.contains(r.key())).map(r -> TestKafka.header(r, "ce_id")).distinct().count() >= expected);
        for (ConsumerRecord<String, byte[]> record : records) {
            if (keys.contains(record.key()) && seenIds.add(TestKafka.header(record, "ce_id"))) {
                String state = json.readValue(record.value(), SampleHappenedV1.class).note();
                versions.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(versionOfState.getOrDefault(state, 0L));
            }
        }
        return versions;
    }

    private List<String> createProbes() {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < KEYS; k++) {
            String key = UUID.randomUUID().toString();
            jdbc.sql("INSERT INTO probe (probe_key, state, version) VALUES (:key, 'new', 0)").param("key", key).update();
            keys.add(key);
        }
        return keys;
    }

    private long probeVersion(String key) {
        return jdbc.sql("SELECT version FROM probe WHERE probe_key = :key").param("key", key).query(Long.class).single();
    }

    private OutboxRelay replicaRelay() {
        return new OutboxRelay(jdbc, transaction, kafka, new EventsProperties.Outbox(Duration.ofMillis(20),
                Duration.ofSeconds(10), 7, Duration.ofDays(1), Duration.ofMinutes(1)));
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

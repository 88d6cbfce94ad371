package dev.emporium.search.indexing;

import static dev.emporium.search.TestProducts.category;
import static dev.emporium.search.TestProducts.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.search.CatalogEvents;
import dev.emporium.search.SearchProperties;
import dev.emporium.search.index.ProductIndex;
import dev.emporium.search.stock.StockLevels;
import dev.emporium.testsupport.TestKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The index and its offsets are committed together, so a crashed indexer (killed with SIGKILL, nothing flushed, no
 * shutdown hook) leaves an index whose last commit holds exactly the records before its offsets, and a restart
 * resumes there: nothing lost, nothing indexed twice, nothing replayed from the beginning.
 */
class IndexCrashRecoveryTest {

    private static final int BEFORE_START = 300;
    private static final int DURING_CRASH = 300;

    private final String topic = "test.search.crash." + UUID.randomUUID();
    private final Path directory = Path.of("target/test-indexes/crash-" + UUID.randomUUID()).toAbsolutePath();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<TopicPartition, Map<Long, String>> published = new HashMap<>();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new ByteArraySerializer());
    private Process indexer;
    private ProductFeed restarted;

    @AfterEach
    void cleanUp() {
        if (indexer != null) {
            indexer.destroyForcibly();
        }
        if (restarted != null) {
            restarted.stop();
        }
        producer.close();
    }

    @Test
    void resumesFromItsLastCommitAfterBeingKilledWithNothingLostOrIndexedTwice() throws Exception {
        CatalogEvents.createTopic(topic);
        publish(BEFORE_START);
        indexer = fork();
        await().atMost(Duration.ofSeconds(90)).until(() -> committedOffsets().values().stream().mapToLong(Long::longValue).sum() >= 100);

        publish(DURING_CRASH / 2);
        indexer.destroyForcibly().waitFor(); // SIGKILL, while it is still consuming
        publish(DURING_CRASH / 2);

        Map<TopicPartition, Long> committed;
        ProductIndex crashed = new ProductIndex(directory);
        try {
            committed = offsets(crashed.open());
            assertThat(crashed.versions().keySet()).isEqualTo(publishedBefore(committed));
        } finally {
            crashed.close();
        }
        long replayable = BEFORE_START + DURING_CRASH - committed.values().stream().mapToLong(Long::longValue).sum();
        assertThat(replayable).isLessThan(BEFORE_START + DURING_CRASH);

        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ProductIndex index = new ProductIndex(directory);
        restarted = feed(index, meters);
        restarted.start();
        await().atMost(Duration.ofSeconds(90)).until(restarted::isCaughtUp);
        await().atMost(Duration.ofSeconds(30)).until(() -> searchableDocuments(index) >= BEFORE_START + DURING_CRASH);

        assertThat(index.versions().keySet()).isEqualTo(publishedBefore(Map.of()));
        assertThat(searchableDocuments(index)).isEqualTo(BEFORE_START + DURING_CRASH);
        assertThat(meters.get("search.events.applied").tag("action", "upsert").counter().count()).isEqualTo(replayable);
    }

    private static int searchableDocuments(ProductIndex index) throws IOException {
        return index.withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    private void publish(int count) throws ExecutionException, InterruptedException {
        var shelf = category("crash", "Crash Shelf");
        for (int i = 0; i < count; i++) {
            ProductChangedV1 product = product("Crash Lamp " + UUID.randomUUID()).categories(shelf).build();
            String key = product.productId().toString();
            RecordHeaders headers = new RecordHeaders();
            CatalogEvents.cloudEventHeaders(key).forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, null, key, json.writeValueAsBytes(product), headers)).get();
            published.computeIfAbsent(new TopicPartition(topic, sent.partition()), p -> new HashMap<>()).put(sent.offset(), key);
        }
    }

    /** The products published before these offsets (all of them for partitions not named). */
    private Set<String> publishedBefore(Map<TopicPartition, Long> offsets) {
        Set<String> ids = new HashSet<>();
        published.forEach((partition, byOffset) -> byOffset.forEach((offset, id) -> {
            if (offset < offsets.getOrDefault(partition, Long.MAX_VALUE)) {
                ids.add(id);
            }
        }));
        return ids;
    }

    private Map<TopicPartition, Long> committedOffsets() throws IOException {
        if (!Files.isDirectory(directory)) {
            return Map.of();
        }
        try (Directory dir = FSDirectory.open(directory)) {
            return offsets(SegmentInfos.readLatestCommit(dir).getUserData());
        } catch (IndexNotFoundException e) {
            return Map.of();
        }
    }

    private Map<TopicPartition, Long> offsets(Map<String, String> commitData) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (int partition = 0; partition < CatalogEvents.PARTITIONS; partition++) {
            // a partition the commit does not name has had nothing applied yet
            String next = commitData.get(IndexCheckpoint.OFFSET_KEY_PREFIX + partition);
            offsets.put(new TopicPartition(topic, partition), next == null ? 0L : Long.parseLong(next));
        }
        return offsets;
    }

    private ProductFeed feed(ProductIndex index, SimpleMeterRegistry meters) {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(TestKafka.bootstrapServers()));
        SearchProperties properties = new SearchProperties(directory, topic, Duration.ofMillis(50), Duration.ofMillis(100),
                Duration.ofMillis(200), Duration.ofMinutes(1), "inventory.stock");
        return new ProductFeed(index, new StockLevels(), properties, kafka, json, meters);
    }

    private Process fork() throws IOException {
        Path log = Path.of("target/indexer-process-" + UUID.randomUUID() + ".log");
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                IndexerProcess.class.getName(), TestKafka.bootstrapServers(), topic, directory.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive() || Files.readString(log).contains(IndexerProcess.STARTED));
        assertThat(process.isAlive()).as("the indexer process started (see %s)", log).isTrue();
        return process;
    }
}

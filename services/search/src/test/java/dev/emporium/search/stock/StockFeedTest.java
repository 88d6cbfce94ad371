package dev.emporium.search.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.search.CatalogEvents;
import dev.emporium.search.InventoryEvents;
import dev.emporium.search.SearchApi;
import dev.emporium.search.SearchProperties;
import dev.emporium.search.SearchServiceTest;
import dev.emporium.testsupport.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The stock feed is read again from the beginning at every start; until it has caught up the replica is not ready. */
@SearchServiceTest
class StockFeedTest {

    private static final int STATES = 500;

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired StockFeed stockFeed;

    @Test
    void catchesUpOnlyOnceEveryStatePublishedBeforeItStartedIsRead() {
        String topic = "test.search.stock." + UUID.randomUUID();
        CatalogEvents.createTopic(topic);
        InventoryEvents inventory = new InventoryEvents(kafka, json, topic);
        for (int i = 0; i < STATES; i++) {
            inventory.publish("catch-up-" + i, i % 2, 1);
        }
        StockLevels levels = new StockLevels();
        StockFeed feed = new StockFeed(levels, properties(topic), kafkaProperties(), json);

        feed.start();
        try {
            await().atMost(SearchApi.FIRST_INDEXING).pollInterval(Duration.ofMillis(1)).until(feed::isCaughtUp);
            assertThat(levels.size()).isEqualTo(STATES);
            assertThat(levels.isComplete()).isTrue();
            assertThat(levels.anyInStock(List.of("catch-up-1"))).isTrue();
            assertThat(levels.anyInStock(List.of("catch-up-0"))).isFalse();
        } finally {
            feed.stop();
        }
    }

    @Test
    void keepsTheReplicaNotReadyUntilTheStockFeedHasCaughtUp() {
        SearchApi api = new SearchApi(port);
        await().atMost(SearchApi.FIRST_INDEXING).until(() -> api.get("/actuator/health/readiness").status() == 200);

        stockFeed.stop();
        try {
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(503);
        } finally {
            stockFeed.start(); // reads the topic again from its beginning
        }

        await().atMost(SearchApi.FIRST_INDEXING).until(() -> api.get("/actuator/health/readiness").status() == 200);
    }

    private static SearchProperties properties(String stockTopic) {
        return new SearchProperties(Path.of("target/unused"), SearchServiceTest.TOPIC, Duration.ofMillis(50),
                Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofMinutes(1), stockTopic);
    }

    private static KafkaProperties kafkaProperties() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(TestKafka.bootstrapServers()));
        return kafka;
    }
}

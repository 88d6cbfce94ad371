package dev.emporium.search.indexing;

import static dev.emporium.search.SearchApi.names;
import static dev.emporium.search.TestProducts.category;
import static dev.emporium.search.TestProducts.product;
import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.contracts.catalog.ProductChangedV1.CategoryRef;
import dev.emporium.search.CatalogEvents;
import dev.emporium.search.InventoryEvents;
import dev.emporium.search.SearchApi;
import dev.emporium.search.index.ProductIndex;
import dev.emporium.search.stock.StockLevels;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The index is disposable: it can always be rebuilt from the compacted products topic. */
@EmporiumServiceTest(properties = {
        "emporium.search.products-topic=" + IndexRebuildTest.TOPIC,
        "emporium.search.index-dir=target/test-indexes/${random.uuid}",
        "emporium.search.topic-retry-interval=200ms" })
class IndexRebuildTest {

    static final String TOPIC = "test.search.rebuild.products";

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired JsonMapper json;
    @Autowired ProductFeed feed;
    @Autowired ProductIndex index;
    @Autowired StockLevels stock;
    SearchApi api;
    CatalogEvents catalog;
    InventoryEvents inventory;

    @BeforeEach
    void setUp() {
        api = new SearchApi(port);
        catalog = new CatalogEvents(kafka, json, TOPIC);
        inventory = new InventoryEvents(kafka, json);
    }

    @Test
    void rebuildsTheIndexFromKafkaAfterItsDirectoryIsDeleted() throws IOException {
        CategoryRef pantry = category("pantry", "Pantry");
        catalog.publish(product("Flour Tin").categories(pantry).build());
        catalog.publish(product("Spice Rack").categories(pantry).build());
        catalog.publish(product("Bread Bin").categories(pantry).build());
        api.awaitTotal("category=" + pantry.id(), 3);
        Path directory = index.directory();

        feed.stop();
        try {
            deleteRecursively(directory);
            assertThat(directory).doesNotExist();
        } finally {
            feed.start();
        }

        assertThat(names(api.awaitTotal("category=" + pantry.id(), 3))).containsExactlyInAnyOrder("Flour Tin", "Spice Rack", "Bread Bin");
        await().atMost(SearchApi.FIRST_INDEXING).until(feed::isCaughtUp);
        assertThat(directory).isNotEmptyDirectory();
    }

    @Test
    void commitsTheConsumedOffsetsWithTheIndexOnAGracefulStop() throws IOException {
        // a crash (kill -9) is IndexCrashRecoveryTest
        CategoryRef porch = category("porch", "Porch");
        // one product as the last record of every partition: once all are searchable, every partition is consumed
        IntStream.range(0, CatalogEvents.PARTITIONS)
                .forEach(partition -> catalog.publish(product("Porch Light " + partition).categories(porch).build(), partition));
        api.awaitTotal("category=" + porch.id(), CatalogEvents.PARTITIONS);

        feed.stop();
        Map<String, String> committed;
        try (Directory directory = FSDirectory.open(index.directory())) {
            committed = SegmentInfos.readLatestCommit(directory).getUserData();
        } finally {
            feed.start();
        }

        Map<String, String> expected = endOffsets().entrySet().stream().collect(Collectors.toMap(
                end -> "emporium.offset." + end.getKey().partition(), end -> Long.toString(end.getValue())));
        assertThat(committed).containsAllEntriesOf(expected).containsEntry("emporium.topic", TOPIC);
        assertThat(names(api.awaitTotal("category=" + porch.id(), CatalogEvents.PARTITIONS))).hasSize(CatalogEvents.PARTITIONS);
    }

    @Test
    void rebuildsOnAdminRequest() throws IOException {
        CategoryRef garage = category("garage", "Garage");
        ProductChangedV1 toolbox = catalog.publish(product("Toolbox").categories(garage).build());
        api.awaitTotal("category=" + garage.id(), 1);
        // the index drifts from the topic (say, a bug once dropped a document)
        index.delete(toolbox.productId().toString());
        index.refresh();
        assertThat(api.search("category=" + garage.id()).get("totalItems").asInt()).isZero();

        TestHttp.Response response = api.http.post("/api/v1/admin/search/rebuild", null,
                "Authorization", "Bearer " + TestJwts.get().admin(UUID.randomUUID()));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("status").asString()).isEqualTo("REBUILDING");
        assertThat(names(api.awaitTotal("category=" + garage.id(), 1))).containsExactly("Toolbox");
        await().atMost(SearchApi.FIRST_INDEXING).until(feed::isCaughtUp);
    }

    @Test
    void checksEveryInStockFlagWhenTheIndexIsOpenedAgain() {
        CategoryRef cellar = category("cellar", "Cellar");
        ProductChangedV1 jar = catalog.publish(product("Pickle Jar").categories(cellar).build());
        String sku = jar.variants().getFirst().sku();
        inventory.publish(sku, 3, 1);
        assertThat(names(api.awaitTotal("inStock=true&category=" + cellar.id(), 1))).containsExactly("Pickle Jar");

        feed.stop(); // the index on disk says in stock
        try {
            inventory.publish(sku, 0, 2);
            await().atMost(SearchApi.FIRST_INDEXING).until(() -> !stock.anyInStock(List.of(sku)));
            // as after a restart, where the levels are read anew and a SKU that is out of stock has not flipped
            stock.takeFlipped();
        } finally {
            feed.start();
        }

        api.awaitTotal("inStock=true&category=" + cellar.id(), 0);
        await().atMost(SearchApi.FIRST_INDEXING).until(feed::isInStockCurrent);
    }

    @Test
    void keepsCustomersFromRebuilding() {
        assertProblem(api.http.post("/api/v1/admin/search/rebuild", null,
                "Authorization", "Bearer " + TestJwts.get().customer(UUID.randomUUID())), 403, "FORBIDDEN");
        assertProblem(api.http.post("/api/v1/admin/search/rebuild", null), 401, "UNAUTHORIZED");
    }

    private static Map<TopicPartition, Long> endOffsets() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, CatalogEvents.PARTITIONS)
                    .mapToObj(partition -> new TopicPartition(TOPIC, partition)).toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(10));
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

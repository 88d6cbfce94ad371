package dev.emporium.search.indexing;

import ch.qos.logback.classic.Level;
import dev.emporium.search.SearchProperties;
import dev.emporium.search.index.ProductIndex;
import dev.emporium.search.stock.StockLevels;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * A product feed alone in its own JVM, so a test can kill it (SIGKILL) mid-stream, as a crash would.
 * Arguments: bootstrap servers, topic, index directory. Commits every 100 ms, so a kill usually lands between
 * commits with applied but uncommitted records.
 */
public final class IndexerProcess {

    static final String STARTED = "indexer started";

    private IndexerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(args[0]));
        SearchProperties properties = new SearchProperties(Path.of(args[2]), args[1], Duration.ofMillis(50),
                Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMinutes(1), "inventory.stock");
        new ProductFeed(new ProductIndex(Path.of(args[2])), new StockLevels(), properties, kafka, JsonMapper.builder().build(),
                new SimpleMeterRegistry()).start();
        System.out.println(STARTED);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // until killed
    }
}

package dev.emporium.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.search.*}.
 *
 * @param indexDir               where the Lucene index lives; deleting it (service stopped) makes the next start
 *                               rebuild it from Kafka
 * @param productsTopic          the compacted topic of full product states
 * @param refreshInterval        how often indexed changes become searchable (near-real-time reopen)
 * @param commitInterval         how often the index and the consumed offsets are made durable together
 * @param topicRetryInterval     how often to look again for a topic that does not exist yet
 * @param partitionCheckInterval how often to look for partitions added to the topic
 * @param stockTopic             the compacted topic of every SKU's availability (inventory)
 */
@ConfigurationProperties("emporium.search")
public record SearchProperties(
        @DefaultValue(".emporium/search/index") Path indexDir,
        @DefaultValue("catalog.products") String productsTopic,
        @DefaultValue("150ms") Duration refreshInterval,
        @DefaultValue("5s") Duration commitInterval,
        @DefaultValue("2s") Duration topicRetryInterval,
        @DefaultValue("1m") Duration partitionCheckInterval,
        @DefaultValue("inventory.stock") String stockTopic) {
}

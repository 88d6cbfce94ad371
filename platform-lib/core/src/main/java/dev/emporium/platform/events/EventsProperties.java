package dev.emporium.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.events.*}: outbox relay, consumer retry and topic settings.
 *
 * @param topicReplicas replication factor of the topics the platform declares (1 on a single local broker)
 */
@ConfigurationProperties("emporium.events")
public record EventsProperties(@DefaultValue Outbox outbox, @DefaultValue Consumer consumer,
        @DefaultValue("1") short topicReplicas) {

    /**
     * @param pollInterval  how often the relay looks for rows it was not woken for (crash leftovers, Kafka outages)
     * @param sendTimeout   how long one send may take before Kafka counts as unavailable
     * @param batchSize     rows per relay transaction
     * @param retention     how long published rows are kept for inspection
     * @param degradedAfter health reports DEGRADED once the oldest unsent event is older than this (or a row is rejected)
     */
    public record Outbox(@DefaultValue("1s") Duration pollInterval, @DefaultValue("10s") Duration sendTimeout,
            @DefaultValue("200") int batchSize, @DefaultValue("7d") Duration retention,
            @DefaultValue("1m") Duration degradedAfter) {
    }

    /**
     * @param maxRetries            redeliveries of a record that fails on its own before it goes to {@code <topic>.DLT}
     * @param initialBackoff        first pause between attempts, doubled each time up to {@code maxBackoff}
     * @param maxBackoff            longest pause between attempts of a record that fails on its own
     * @param infrastructureBackoff longest pause between attempts while infrastructure is down (retried without limit)
     * @param dedupeRetention       how long processed event ids are remembered; longer than any redelivery or replay
     */
    public record Consumer(@DefaultValue("4") int maxRetries, @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("5s") Duration maxBackoff, @DefaultValue("10s") Duration infrastructureBackoff,
            @DefaultValue("30d") Duration dedupeRetention) {
    }
}

package dev.emporium.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code emporium.events.*}: outbox relay and consumer retry settings. */
@ConfigurationProperties("emporium.events")
public record EventsProperties(@DefaultValue Outbox outbox, @DefaultValue Consumer consumer) {

    /**
     * @param pollInterval how often the relay looks for rows it was not woken for (crash leftovers, Kafka outages)
     * @param sendTimeout  how long one send may take before Kafka counts as unavailable
     * @param batchSize    rows per relay transaction
     * @param retention    how long published rows are kept for inspection
     */
    public record Outbox(@DefaultValue("1s") Duration pollInterval, @DefaultValue("10s") Duration sendTimeout,
            @DefaultValue("200") int batchSize, @DefaultValue("7d") Duration retention) {
    }

    /**
     * @param maxRetries      redeliveries of a failing record before it goes to {@code <topic>.DLT}
     * @param initialBackoff  first pause between attempts, doubled each time up to {@code maxBackoff}
     */
    public record Consumer(@DefaultValue("4") int maxRetries, @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("5s") Duration maxBackoff) {
    }
}

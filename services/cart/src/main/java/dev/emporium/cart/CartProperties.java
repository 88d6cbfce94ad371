package dev.emporium.cart;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keyPrefix          every Redis key of the service starts with it
 * @param guestTtl           a guest cart expires this long after its last use
 * @param customerTtl        a customer's cart expires this long after its last use
 * @param maxLineQuantity    the most units of one SKU a cart may hold
 * @param updateTimeout      how long a change keeps retrying against concurrent changes of the same cart (then 503)
 * @param outboxPollInterval how often the relay looks for cart events not yet in Kafka
 * @param outboxBatchSize    events sent to Kafka per relay round
 * @param relayLease         how long one replica's relay stays the only one after it last renewed its lease
 */
@ConfigurationProperties("emporium.cart")
public record CartProperties(
        @DefaultValue("emporium:cart:") String keyPrefix,
        @DefaultValue("7d") Duration guestTtl,
        @DefaultValue("30d") Duration customerTtl,
        @DefaultValue("99") int maxLineQuantity,
        @DefaultValue("5s") Duration updateTimeout,
        @DefaultValue("250ms") Duration outboxPollInterval,
        @DefaultValue("200") int outboxBatchSize,
        @DefaultValue("10s") Duration relayLease) {
}

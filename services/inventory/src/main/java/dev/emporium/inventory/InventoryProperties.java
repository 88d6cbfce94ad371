package dev.emporium.inventory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.inventory.*}.
 *
 * @param lowStockThreshold a SKU is low on stock when its available units are at or under this (unless it has its own)
 */
@ConfigurationProperties("emporium.inventory")
public record InventoryProperties(@DefaultValue("5") int lowStockThreshold, @DefaultValue Reservations reservations,
        @DefaultValue Demo demo) {

    /**
     * @param defaultTtl      how long a reservation holds stock when the caller does not say
     * @param maxTtl          the longest a caller may ask for
     * @param expiryInterval  how often each replica releases expired reservations
     * @param expiryBatchSize reservations released per transaction
     */
    public record Reservations(@DefaultValue("15m") Duration defaultTtl, @DefaultValue("24h") Duration maxTtl,
            @DefaultValue("1s") Duration expiryInterval, @DefaultValue("100") int expiryBatchSize) {
    }

    /** @param enabled give the demo shop's SKUs believable stock when they are first seen */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }
}

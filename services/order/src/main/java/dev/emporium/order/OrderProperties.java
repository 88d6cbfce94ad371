package dev.emporium.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code emporium.order.*}. */
@ConfigurationProperties("emporium.order")
public record OrderProperties(@DefaultValue Refunds refunds, @DefaultValue Carrier carrier) {

    /**
     * @param firstBackoff the pause before a refund payment could not take is tried again; it doubles each time
     * @param maxBackoff   the longest pause between two tries
     * @param timeout      connecting to payment and waiting for its answer, each
     */
    public record Refunds(@DefaultValue("5s") Duration firstBackoff, @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("5s") Duration timeout) {
    }

    /**
     * The built-in carrier: it issues tracking numbers and reports a shipment in transit, out for delivery and
     * delivered this long after it shipped.
     *
     * @param code the carrier's name admins ship with
     */
    public record Carrier(@DefaultValue("EMPORIUM_POST") String code, @DefaultValue("1m") Duration inTransitAfter,
            @DefaultValue("5m") Duration outForDeliveryAfter, @DefaultValue("10m") Duration deliveredAfter) {
    }

}

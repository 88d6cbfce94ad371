package dev.emporium.checkout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.checkout.*}.
 *
 * @param cart     how checkout calls cart's internal API
 * @param shipping how shipping is charged
 */
@ConfigurationProperties("emporium.checkout")
public record CheckoutProperties(@DefaultValue Calls cart, @DefaultValue Shipping shipping) {

    /**
     * One downstream service's calls.
     *
     * @param timeout        connecting, and waiting for the answer, each
     * @param attempts       attempts of an idempotent call (the first included) when the service does not answer
     *                       or answers 5xx
     * @param retryBackoff   the pause before the second attempt; doubled before each further one
     * @param openCircuitFor how long the circuit stays open (calls fail at once) once half of the last 20 calls failed
     */
    public record Calls(@DefaultValue("2s") Duration timeout, @DefaultValue("3") int attempts,
            @DefaultValue("100ms") Duration retryBackoff, @DefaultValue("10s") Duration openCircuitFor) {
    }

    /** @param defaultItemWeightGrams what a unit weighs whose product has no weight in the catalog */
    public record Shipping(@DefaultValue("500") int defaultItemWeightGrams) {
    }
}

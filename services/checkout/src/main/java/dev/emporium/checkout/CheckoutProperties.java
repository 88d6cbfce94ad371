package dev.emporium.checkout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.checkout.*}.
 *
 * @param cart      how checkout calls cart's internal API
 * @param inventory how checkout calls inventory's reservations
 * @param payment   how checkout calls payment (slower: payment waits for the card provider)
 * @param order     how checkout calls order
 * @param shipping  how shipping is charged
 * @param saga      how the place-order saga waits, retries and resumes
 */
@ConfigurationProperties("emporium.checkout")
public record CheckoutProperties(@DefaultValue Calls cart, @DefaultValue Calls inventory,
        @DefaultValue Calls payment, @DefaultValue Calls order,
        @DefaultValue Shipping shipping, @DefaultValue Saga saga) {

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

    /**
     * @param lease                      how long a runner owns a checkout without writing to it; longer than any one
     *                                   step's calls with their retries. A checkout whose runner died is resumed by
     *                                   the resumption task once this has passed.
     * @param reservationTtl             how long inventory holds the units on its own: the last safety net, longer
     *                                   than the slowest saga (a customer confirming a payment, then retries)
     * @param paymentConfirmationTimeout how long a customer may take to confirm a payment at the provider
     * @param paymentPollInterval        how often a checkout awaiting the customer asks payment whether they confirmed
     * @param retryFirst                 the pause before a step past the point of no return (or a compensation) is
     *                                   tried again when a service did not answer; doubled each time up to retryMax
     * @param retryMax                   the longest such pause
     * @param returnUrl                  where the provider's confirmation page sends the customer back to;
     *                                   {@code {checkoutId}} is replaced
     */
    public record Saga(@DefaultValue("30s") Duration lease, @DefaultValue("30m") Duration reservationTtl,
            @DefaultValue("15m") Duration paymentConfirmationTimeout, @DefaultValue("2s") Duration paymentPollInterval,
            @DefaultValue("1s") Duration retryFirst, @DefaultValue("1m") Duration retryMax,
            @DefaultValue("http://localhost:8080/checkout/{checkoutId}") String returnUrl) {
    }
}

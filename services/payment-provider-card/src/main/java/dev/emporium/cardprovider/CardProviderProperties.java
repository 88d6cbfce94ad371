package dev.emporium.cardprovider;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.payment.card-provider.*}: the built-in card provider.
 *
 * @param latency          added to every call, as a remote gateway's round trip
 * @param publicUrl        where customers reach the confirmation page (the gateway)
 * @param webhookUrl       where webhooks go; blank: this process's own {@code /api/v1/payments/webhooks/card}
 * @param webhookSecret    the HMAC key webhooks are signed with (shared with the payment service)
 * @param fingerprintKey   the HMAC key of card and request fingerprints
 * @param confirmationTtl  how long a customer has to confirm a payment before it expires
 * @param disputeDelay     how long after capture the dispute of the dispute test card arrives
 * @param faultHang        how long an injected timeout hangs before it gives up
 * @param pollingInterval  how often the provider's scheduler looks for due deliveries and expiries
 * @param webhookAttempts  deliveries of a webhook before the provider gives up on it
 */
@ConfigurationProperties("emporium.payment.card-provider")
public record CardProviderProperties(
        @DefaultValue("0ms") Duration latency,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("") String webhookUrl,
        @DefaultValue("whsec_local_only_change_me") String webhookSecret,
        @DefaultValue("card_provider_local_fingerprint_key") String fingerprintKey,
        @DefaultValue("15m") Duration confirmationTtl,
        @DefaultValue("30s") Duration disputeDelay,
        @DefaultValue("10s") Duration faultHang,
        @DefaultValue("500ms") Duration pollingInterval,
        @DefaultValue("12") int webhookAttempts) {
}

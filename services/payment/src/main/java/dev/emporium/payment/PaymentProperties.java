package dev.emporium.payment;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.payment.*}.
 *
 * @param fingerprintKey   HMAC key of the authorize requests' fingerprints (a retry is told from a reuse without
 *                         keeping the card)
 * @param webhookSecrets   per provider name, the secret its webhooks are signed with
 * @param webhookTolerance how far a webhook's signed timestamp may be from now (the replay window)
 */
@ConfigurationProperties("emporium.payment")
public record PaymentProperties(
        @DefaultValue("payment_local_fingerprint_key") String fingerprintKey,
        Map<String, String> webhookSecrets,
        @DefaultValue("5m") Duration webhookTolerance,
        @DefaultValue Provider provider,
        @DefaultValue Recovery recovery) {

    public PaymentProperties {
        webhookSecrets = webhookSecrets == null ? Map.of() : Map.copyOf(webhookSecrets);
    }

    /**
     * Calls to the provider: each attempt limited to {@code timeout}, up to {@code attempts} in all (every call is
     * idempotent by its key), backoff doubling from {@code backoff}; the circuit opens at half the calls failing
     * over the last {@code window} calls and stays open {@code openFor}.
     */
    public record Provider(@DefaultValue("3s") Duration timeout, @DefaultValue("3") int attempts,
            @DefaultValue("200ms") Duration backoff, @DefaultValue("20") int window, @DefaultValue("10s") Duration openFor) {
    }

    /**
     * Operations left PENDING (a crash, an unanswered provider) are asked again with their key: looked for every
     * {@code interval}, {@code grace} after they were last tried.
     */
    public record Recovery(@DefaultValue("5s") Duration interval, @DefaultValue("30s") Duration grace,
            @DefaultValue("20") int batchSize) {
    }
}

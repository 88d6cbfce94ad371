package dev.emporium.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.idempotency.*}.
 *
 * @param retention     how long an answer is kept for retries of its key (after that the key may be used anew)
 * @param purgeInterval how often expired keys are deleted
 */
@ConfigurationProperties("emporium.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("1h") Duration purgeInterval) {
}

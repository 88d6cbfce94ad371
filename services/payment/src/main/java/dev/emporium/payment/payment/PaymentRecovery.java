package dev.emporium.payment.payment;

import dev.emporium.payment.PaymentProperties;
import dev.emporium.platform.runtime.PeriodicTask;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Operations left PENDING (the service crashed between recording the intent and the outcome, or the provider did not
 * answer) are asked again with the same idempotency key, so the provider answers what it did, or does it now, once.
 * Each replica claims a batch with {@code FOR UPDATE SKIP LOCKED} and pushes its next try ahead (a lease).
 */
@Configuration(proxyBeanMethods = false)
class PaymentRecovery {

    private static final Logger log = LoggerFactory.getLogger(PaymentRecovery.class);

    @Bean
    PeriodicTask paymentRecoveryTask(Payments payments, Settlements settlements, PaymentProperties properties, Clock clock) {
        PaymentProperties.Recovery settings = properties.recovery();
        return new PeriodicTask("payment-recovery", settings.interval(), settings.interval(), () -> {
            for (Operation operation : payments.claimDue(clock.instant(), settings.grace(), settings.batchSize())) {
                try {
                    switch (operation.type()) {
                        case "AUTHORIZE" -> settlements.resolveAuthorization(operation.paymentId());
                        case "CAPTURE" -> settlements.finishCapture(operation.paymentId());
                        case "VOID" -> settlements.finishVoid(operation.paymentId());
                        case "REFUND" -> settlements.finishRefund(operation.paymentId(), operation);
                        default -> {
                        }
                    }
                } catch (RuntimeException e) {
                    log.warn("payment {}: {} still pending: {}", operation.paymentId(), operation.type(), e.getMessage());
                }
            }
        });
    }
}

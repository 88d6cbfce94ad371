package dev.emporium.inventory.reservation;

import dev.emporium.inventory.InventoryProperties;
import dev.emporium.platform.runtime.PeriodicTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every replica looks for expired reservations at a fixed delay and releases them in batches; the first run after a
 * start releases what expired while the service was down.
 */
@Configuration(proxyBeanMethods = false)
class ReservationExpiry {

    @Bean
    PeriodicTask reservationExpiryTask(ReservationService reservations, InventoryProperties properties) {
        InventoryProperties.Reservations settings = properties.reservations();
        return new PeriodicTask("reservation-expiry", settings.expiryInterval(), settings.expiryInterval(), () -> {
            while (reservations.expireDue(settings.expiryBatchSize()) == settings.expiryBatchSize()) {
                // a full batch: more may be waiting
            }
        });
    }
}

package dev.emporium.checkout;

import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventTopics;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CheckoutApplication {
    public static void main(String[] args) {
        SpringApplication.run(CheckoutApplication.class, args);
    }

    /**
     * Checkout prices from its own read model of {@code catalog.products}. It will publish {@code checkout.events}
     * (reserved in the contracts) once the saga has events: a topic is declared as published with its first event.
     */
    @Bean
    EventTopics checkoutTopics() {
        return EventTopics.consumes(Topics.CATALOG_PRODUCTS);
    }
}

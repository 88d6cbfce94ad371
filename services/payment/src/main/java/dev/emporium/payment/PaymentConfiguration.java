package dev.emporium.payment;

import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.EventTopics;
import dev.emporium.platform.security.InternalScopes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    /** Payment owns {@code payments.payments} and consumes nothing. */
    @Bean
    EventTopics paymentTopics() {
        return EventTopics.publishes(Topics.PAYMENTS);
    }

    /**
     * Checkout charges (authorize, read, capture, void: {@code payment:charge}); order gives money back
     * ({@code payment:refund}). The gateway never routes {@code /internal/**}.
     */
    @Bean
    InternalScopes paymentScopes() {
        return InternalScopes.require("payment:refund", "/internal/payments/*/refunds", "/internal/payments/*/refunds/**")
                .and("payment:charge", "/internal/payments", "/internal/payments/**");
    }
}

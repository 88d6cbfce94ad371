package dev.emporium.payment.provider;

import java.math.BigDecimal;

/**
 * @param token     a card token from {@link PaymentProvider#tokenize}
 * @param reference the caller's id for the payment, sent back in webhooks
 * @param returnUrl where the confirmation page sends the customer afterwards; may be null
 */
public record AuthorizeCall(String token, BigDecimal amount, String currency, String reference, String returnUrl) {
}

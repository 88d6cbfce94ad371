package dev.emporium.payment.provider;

import java.math.BigDecimal;

/**
 * The body of a provider webhook ({@code POST /api/v1/payments/webhooks/{provider}}, signed: {@link WebhookSignature}).
 * Webhooks may arrive late, twice or out of order; {@code id} is unique per event.
 *
 * @param id      the event's id ({@code evt_...}), the same on every delivery of it
 * @param type    one of the {@code TYPE_*} constants
 * @param created when it happened, unix seconds
 * @param data    the payment it is about
 */
public record WebhookEvent(String id, String type, long created, Data data) {

    public static final String AUTHORIZED = "payment.authorized";
    public static final String AUTHENTICATION_FAILED = "payment.authentication_failed";
    public static final String CAPTURED = "payment.captured";
    public static final String VOIDED = "payment.voided";
    public static final String REFUNDED = "payment.refunded";
    public static final String DISPUTED = "payment.disputed";

    /**
     * @param paymentId the provider's payment id
     * @param reference the caller's reference given at authorization (the payment service's payment id)
     * @param amount    the amount the event is about (authorized, captured, refunded, disputed)
     * @param code      a failure code or the dispute's reason; may be null
     * @param objectId  the refund's or dispute's own id; may be null
     */
    public record Data(String paymentId, String reference, BigDecimal amount, String currency, String code, String objectId) {
    }
}

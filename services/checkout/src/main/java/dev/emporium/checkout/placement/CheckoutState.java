package dev.emporium.checkout.placement;

import dev.emporium.checkout.quote.Quote;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A checkout as persisted: the saga's position ({@code step}, always STARTED until the checkout completes, and the
 * direction), the ids chosen up front, and what the steps so far produced.
 */
record CheckoutState(UUID id, UUID customerId, CheckoutStatus status, Step step, boolean compensating,
        SagaRequest request, @Nullable Quote priced, @Nullable PaymentSummary payment, @Nullable Failure failure,
        Set<Compensation> compensated, UUID reservationId, UUID paymentId, UUID orderId, @Nullable NextAction nextAction,
        @Nullable Instant paymentDeadline, @Nullable JsonNode result, @Nullable Instant leaseUntil, @Nullable Instant resumeAt,
        int retries) {

    /** What undoes a forward step, in the order they run (the reverse of the steps). */
    enum Compensation {
        CANCEL_ORDER(Step.CREATE_ORDER), VOID_PAYMENT(Step.AUTHORIZE_PAYMENT), RELEASE_STOCK(Step.RESERVE_STOCK);

        final Step undoes;

        Compensation(Step undoes) {
            this.undoes = undoes;
        }
    }
}

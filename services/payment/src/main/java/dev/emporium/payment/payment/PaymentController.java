package dev.emporium.payment.payment;

import dev.emporium.platform.openapi.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Internal: checkout charges, order refunds; never routed by the gateway. */
@Tag(name = "Payments (internal)", description = "Service to service: authorize, capture, void and refund card payments. Never routed by the gateway.")
@RestController
@RequestMapping("/internal/payments")
class PaymentController {

    private final PaymentService payments;
    private final Settlements settlements;

    PaymentController(PaymentService payments, Settlements settlements) {
        this.payments = payments;
        this.settlements = settlements;
    }

    @Operation(operationId = "authorizePayment", summary = "Authorize a payment",
            description = "Tokenizes the card at once (the number is never stored nor logged) and asks the provider to hold the amount. "
                    + "A decline is a 200 with status DECLINED and `declineCode`; a card that needs the customer answers REQUIRES_ACTION "
                    + "with `nextAction` (poll the payment). The same `paymentId` with the same request answers the payment as it is.")
    @ApiResponse(responseCode = "200", description = "The payment.")
    @ApiProblem(status = 409, codes = PaymentService.PAYMENT_ID_REUSED, when = "the payment id was used with another request")
    @ApiProblem(status = 503, codes = "SERVICE_UNAVAILABLE", when = "the provider did not answer; retry with the same payment id")
    @PostMapping
    PaymentView authorize(@Valid @RequestBody PaymentRequests.Authorize request) {
        return payments.authorize(request);
    }

    @Operation(operationId = "getPayment", summary = "Get a payment", description = "The payment as it is now.")
    @ApiResponse(responseCode = "200", description = "The payment.")
    @GetMapping("/{paymentId}")
    PaymentView get(@Parameter(description = "The payment's id.") @PathVariable UUID paymentId) {
        return payments.get(paymentId);
    }

    @Operation(operationId = "capturePayment", summary = "Capture a payment",
            description = "Charges the authorization (all of it, or `amount`) and keeps `orderId` on the payment. Capturing again answers the same.")
    @ApiResponse(responseCode = "200", description = "The captured payment.")
    @ApiProblem(status = 409, codes = { Settlements.PAYMENT_VOIDED, Settlements.PAYMENT_NOT_AUTHORIZED },
            when = "the payment was voided, or is not authorized")
    @ApiProblem(status = 503, codes = "SERVICE_UNAVAILABLE", when = "the provider did not answer; retry")
    @PostMapping("/{paymentId}/capture")
    PaymentView capture(@Parameter(description = "The payment's id.") @PathVariable UUID paymentId,
            @Valid @RequestBody(required = false) PaymentRequests.Capture request) {
        return settlements.capture(paymentId, request);
    }

    @Operation(operationId = "voidPayment", summary = "Void a payment",
            description = "Releases the authorization: nothing is charged. Voiding again answers the same. An id no authorization has "
                    + "reached yet is remembered as voided, so a late authorization with it charges nothing.")
    @ApiResponse(responseCode = "200", description = "The voided (or declined) payment.")
    @ApiProblem(status = 409, codes = Settlements.PAYMENT_CAPTURED, when = "the payment was captured (refund it instead)")
    @ApiProblem(status = 503, codes = "SERVICE_UNAVAILABLE", when = "the provider did not answer; the void is remembered and retried")
    @PostMapping("/{paymentId}/void")
    PaymentView voidPayment(@Parameter(description = "The payment's id.") @PathVariable UUID paymentId) {
        return settlements.voidPayment(paymentId);
    }

    @Operation(operationId = "refundPayment", summary = "Refund a payment",
            description = "Gives back part or all of what was captured, never more in all, also under concurrent refunds. "
                    + "Idempotent by `refundId`.")
    @ApiResponse(responseCode = "200", description = "The refund and the payment after it.")
    @ApiProblem(status = 409, codes = { Settlements.REFUND_EXCEEDS_CAPTURED, Settlements.PAYMENT_NOT_CAPTURED, Settlements.REFUND_ID_REUSED },
            when = "more than is left to refund, a payment not captured, or the refund id used with another amount")
    @ApiProblem(status = 503, codes = "SERVICE_UNAVAILABLE", when = "the provider did not answer; the refund is retried on its own")
    @PostMapping("/{paymentId}/refunds")
    RefundResult refund(@Parameter(description = "The payment's id.") @PathVariable UUID paymentId,
            @Valid @RequestBody PaymentRequests.Refund request) {
        return settlements.refund(paymentId, request);
    }
}

package dev.emporium.payment.payment;

import dev.emporium.platform.money.Money;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Payments (admin)", description = "Admins see payments with every operation done on them.")
@RestController
@RequestMapping("/api/v1/admin/payments")
class PaymentAdminController {

    @Schema(description = "A payment with its operations.")
    record AdminPayment(PaymentView payment,
            @Schema(description = "The paying customer.", example = "c16f4237-c3c1-4302-8ab9-cad9c15c7dc6") UUID customerId,
            @Schema(description = "The provider.", example = "card") String provider,
            @Schema(description = "The provider's id of the payment.", example = "pay_1f2e3d4c5b6a79880a1b2c3d") String providerPaymentId,
            @Schema(description = "Disputed with the customer's bank.") Money disputedAmount,
            @Schema(description = "When it was created.", example = "2026-11-23T10:15:30Z") Instant createdAt,
            @Schema(description = "Every operation, oldest first.") List<OperationView> operations) {
    }

    @Schema(description = "One operation on a payment.")
    record OperationView(
            @Schema(example = "CAPTURE", allowableValues = { "AUTHORIZE", "CAPTURE", "VOID", "REFUND", "DISPUTE" }) String type,
            @Schema(example = "SUCCEEDED", allowableValues = { "PENDING", "SUCCEEDED", "REQUIRES_ACTION", "DECLINED", "FAILED" }) String status,
            Money amount,
            @Schema(description = "The provider's id of the payment or refund.", example = "pay_1f2e3d4c5b6a79880a1b2c3d") String providerReference,
            @Schema(description = "The idempotency key the provider was called with.", example = "7d1c3f0e-2b4a-4c5d-9e8f-0a1b2c3d4e5f:capture")
            String idempotencyKey,
            @Schema(description = "A decline or failure code.", example = "card_declined") String code,
            @Schema(example = "2026-11-23T10:15:30Z") Instant createdAt,
            @Schema(example = "2026-11-23T10:15:31Z") Instant completedAt) {
    }

    private final Payments payments;

    PaymentAdminController(Payments payments) {
        this.payments = payments;
    }

    @Operation(operationId = "listPayments", summary = "List payments",
            description = "Newest first, each with its operations (authorize, capture, void, refund, dispute), amounts and provider references.")
    @ApiResponse(responseCode = "200", description = "A page of payments.")
    @GetMapping
    PageResponse<AdminPayment> list(@Parameter(description = "Only the payments of this order.") @RequestParam(required = false) UUID orderId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        List<AdminPayment> items = payments.byOrder(orderId, query.size(), query.offset()).stream().map(this::admin).toList();
        return PageResponse.of(items, query, payments.countByOrder(orderId));
    }

    private AdminPayment admin(PaymentRow p) {
        List<OperationView> operations = payments.operations(p.id()).stream()
                .map(o -> new OperationView(o.type(), o.status(), PaymentView.money(o.amount(), p.currency()), o.providerReference(),
                        o.idempotencyKey(), o.code(), o.createdAt(), o.completedAt()))
                .toList();
        return new AdminPayment(PaymentView.of(p), p.customerId(), p.provider(), p.providerPaymentId(),
                PaymentView.money(p.disputedAmount(), p.currency()), p.createdAt(), operations);
    }
}

package dev.emporium.order.order;

import dev.emporium.order.refund.RefundLedger;
import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.idempotency.IdempotencyKeys;
import dev.emporium.platform.idempotency.IdempotentRequest;
import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Orders (admin)", description = "Admins list and filter every order, ship it, mark it delivered and refund it.")
@RestController
@RequestMapping("/api/v1/admin/orders")
class OrderAdminController {

    private static final String ORDER_ID = "The order's id.";

    private final OrderService orders;
    private final OrderViews views;
    private final IdempotencyKeys idempotency;

    OrderAdminController(OrderService orders, OrderViews views, IdempotencyKeys idempotency) {
        this.orders = orders;
        this.views = views;
        this.idempotency = idempotency;
    }

    @Operation(operationId = "listOrders", summary = "List orders", description = "Every order, newest first, optionally of one customer and/or in one status.")
    @ApiResponse(responseCode = "200", description = "A page of orders.")
    @GetMapping
    PageResponse<OrderView> list(@Parameter(description = "Only orders in this status.") @RequestParam(required = false) OrderStatus status,
            @Parameter(description = "Only this customer's orders.") @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return views.page(customerId, status, PageQuery.of(page, size));
    }

    @Operation(operationId = "getOrder", summary = "Get an order", description = "Any customer's order.")
    @ApiResponse(responseCode = "200", description = "The order.")
    @GetMapping("/{id}")
    OrderView get(@Parameter(description = ORDER_ID) @PathVariable UUID id) {
        return views.of(id);
    }

    @Operation(operationId = "shipOrder", summary = "Ship an order",
            description = "CONFIRMED → SHIPPED: the carrier takes the parcel and issues a tracking number (in `shipment`), then "
                    + "reports its progress on its own; its DELIVERED report makes the order DELIVERED. Publishes "
                    + "`emporium.order.shipped.v1`. A cancel racing the shipment: exactly one of them succeeds.")
    @ApiResponse(responseCode = "200", description = "The shipped order, with its tracking number.")
    @ApiProblem(status = 409, codes = OrderService.ILLEGAL_ORDER_TRANSITION, when = "the order is not CONFIRMED (`orderStatus` says what it is)")
    @PostMapping("/{id}/ship")
    OrderView ship(@Parameter(description = ORDER_ID) @PathVariable UUID id, @Valid @RequestBody OrderRequests.ShipOrder request,
            Authentication caller) {
        return views.view(orders.ship(id, request.carrier().strip(), caller.getName()));
    }

    @Operation(operationId = "deliverOrder", summary = "Mark an order delivered",
            description = "SHIPPED → DELIVERED by hand (the carrier's report does it on its own), with `emporium.order.delivered.v1`. "
                    + "A delivered order answers unchanged.")
    @ApiResponse(responseCode = "200", description = "The delivered order.")
    @ApiProblem(status = 409, codes = OrderService.ILLEGAL_ORDER_TRANSITION, when = "the order has not shipped, or was refunded")
    @PostMapping("/{id}/deliver")
    OrderView deliver(@Parameter(description = ORDER_ID) @PathVariable UUID id, Authentication caller) {
        return views.view(orders.deliver(id, caller.getName()));
    }

    @Operation(operationId = "refundOrder", summary = "Refund an order",
            description = "Refunds `amount` (or, without it, everything captured and not refunded yet) of a CONFIRMED, SHIPPED or "
                    + "DELIVERED order. The refund is recorded at once and executed at payment by a durable job (its status is "
                    + "PENDING until payment confirms, then `emporium.order.refunded.v1` is published). Once everything captured is "
                    + "refunded the order is REFUNDED; a partial refund keeps the status. Refunds together, also concurrent ones, "
                    + "never exceed what was captured.")
    @ApiResponse(responseCode = "200", description = "The order with the new refund.",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @ApiProblem(status = 409, codes = { RefundLedger.REFUND_EXCEEDS_CAPTURED, OrderService.ORDER_NOT_REFUNDABLE },
            when = "the amount is more than is captured and not refunded yet (`refundable` says how much is), or the order is "
                    + "PENDING, CANCELLED or REFUNDED")
    @ApiProblem(status = 422, codes = "IDEMPOTENCY_KEY_REUSED", when = "the `Idempotency-Key` was used for another refund")
    @PostMapping("/{id}/refund")
    ResponseEntity<?> refund(@Parameter(description = ORDER_ID) @PathVariable UUID id,
            @Valid @RequestBody(required = false) OrderRequests.RefundOrder request,
            @Parameter(description = "Makes the refund safe to retry: the same key and body answer the first refund again "
                    + "instead of refunding twice.") @RequestHeader(name = HeaderNames.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            Authentication caller) {
        // the order is part of the scope: one key used on two orders is two refunds, not a reuse
        return idempotency.execute(new IdempotentRequest("POST /api/v1/admin/orders/" + id + "/refund", caller.getName(),
                idempotencyKey, request), () -> ResponseEntity.ok(views.view(orders.refund(id, request, caller.getName()))));
    }
}

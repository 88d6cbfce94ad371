package dev.emporium.order.order;

import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.security.AuthenticatedUser;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Orders", description = "A customer's own orders: read them, follow the shipment, cancel before shipping.")
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

    private static final String ORDER_ID = "The order's id.";
    private static final String NOT_YOURS = "no such order, or it is another customer's";

    private final OrderService orders;
    private final OrderViews views;

    OrderController(OrderService orders, OrderViews views) {
        this.orders = orders;
        this.views = views;
    }

    @Operation(operationId = "listMyOrders", summary = "List my orders", description = "The signed-in customer's orders, newest first.")
    @ApiResponse(responseCode = "200", description = "A page of orders.")
    @GetMapping
    PageResponse<OrderView> list(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        return views.page(customer(token), null, query);
    }

    @Operation(operationId = "getMyOrder", summary = "Get one of my orders",
            description = "Lines, totals, shipping address, payment (status, last four digits), shipment, refunds and status history.")
    @ApiResponse(responseCode = "200", description = "The order.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = NOT_YOURS)
    @GetMapping("/{id}")
    OrderView get(@AuthenticationPrincipal Jwt token, @Parameter(description = ORDER_ID) @PathVariable UUID id) {
        return views.ofCustomer(id, customer(token));
    }

    @Operation(operationId = "cancelMyOrder", summary = "Cancel one of my orders",
            description = "Before it ships: a CONFIRMED order becomes CANCELLED, its units go back to stock (inventory reads "
                    + "`emporium.order.cancelled.v1`) and everything captured is refunded (the refund shows as PENDING until "
                    + "payment confirms it). A PENDING order is still being placed and cannot be cancelled yet.")
    @ApiResponse(responseCode = "200", description = "The cancelled order.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = NOT_YOURS)
    @ApiProblem(status = 409, codes = OrderService.ORDER_NOT_CANCELLABLE,
            when = "the order shipped, was delivered, cancelled or refunded already, or is still being placed (`orderStatus` says which)")
    @PostMapping("/{id}/cancel")
    OrderView cancel(@AuthenticationPrincipal Jwt token, @Parameter(description = ORDER_ID) @PathVariable UUID id) {
        return views.view(orders.cancelForCustomer(id, customer(token)));
    }

    @Operation(operationId = "trackMyOrder", summary = "Track one of my orders",
            description = "The carrier, the tracking number and what the carrier reported so far.")
    @ApiResponse(responseCode = "200", description = "The shipment's tracking.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = NOT_YOURS + ", or it has not shipped yet")
    @GetMapping("/{id}/tracking")
    OrderView.Tracking tracking(@AuthenticationPrincipal Jwt token, @Parameter(description = ORDER_ID) @PathVariable UUID id) {
        return views.trackingOf(id, customer(token));
    }

    private static UUID customer(Jwt token) {
        return AuthenticatedUser.from(token).id();
    }
}

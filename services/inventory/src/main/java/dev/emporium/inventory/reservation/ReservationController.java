package dev.emporium.inventory.reservation;

import dev.emporium.platform.openapi.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Internal: checkout reserves, commits and releases stock; never routed by the gateway. */
@Tag(name = "Reservations (internal)", description = "Service to service, for checkout: hold stock all-or-nothing, then commit or release it. "
        + "Never routed by the gateway.")
@RestController
@RequestMapping("/internal/inventory/reservations")
class ReservationController {

    private final ReservationService reservations;

    ReservationController(ReservationService reservations) {
        this.reservations = reservations;
    }

    @Operation(operationId = "reserveStock", summary = "Reserve stock",
            description = "Holds every line or none, taking each from the active locations by priority (a line may be split "
                    + "over locations), until `ttlSeconds` have passed; then the units are released on their own. Sending the "
                    + "same `reservationId` with the same lines again answers the reservation as it now is.")
    @ApiResponse(responseCode = "200", description = "The reservation.")
    @ApiProblem(status = 409, codes = { ReservationService.INSUFFICIENT_STOCK, ReservationService.RESERVATION_ID_REUSED },
            when = "a line has fewer units available than asked (`shortages` lists them), or the id was used with other lines")
    @PostMapping
    ReservationView reserve(@Valid @RequestBody ReservationRequest request, Authentication caller) {
        return reservations.reserve(request, caller.getName());
    }

    @Operation(operationId = "getReservation", summary = "Get a reservation", description = "Its status, expiry and allocations.")
    @ApiResponse(responseCode = "200", description = "The reservation.")
    @GetMapping("/{reservationId}")
    ReservationView get(@Parameter(description = "The reservation's id.") @PathVariable UUID reservationId) {
        return reservations.get(reservationId);
    }

    @Operation(operationId = "commitReservation", summary = "Commit a reservation",
            description = "The units leave the shop: on hand and reserved drop together. Committing again answers the same.")
    @ApiResponse(responseCode = "200", description = "The committed reservation.")
    @ApiProblem(status = 409, codes = { ReservationService.RESERVATION_EXPIRED, ReservationService.RESERVATION_RELEASED },
            when = "the reservation expired or was released")
    @PostMapping("/{reservationId}/commit")
    ReservationView commit(@Parameter(description = "The reservation's id.") @PathVariable UUID reservationId, Authentication caller) {
        return reservations.commit(reservationId, caller.getName());
    }

    @Operation(operationId = "releaseReservation", summary = "Release a reservation",
            description = "The units are offered again (a failed or cancelled checkout). Releasing again, or after expiry, answers the same.")
    @ApiResponse(responseCode = "200", description = "The released (or expired) reservation.")
    @ApiProblem(status = 409, codes = ReservationService.RESERVATION_COMMITTED, when = "the reservation was committed")
    @PostMapping("/{reservationId}/release")
    ReservationView release(@Parameter(description = "The reservation's id.") @PathVariable UUID reservationId, Authentication caller) {
        return reservations.release(reservationId, caller.getName());
    }
}

package dev.emporium.platform.events;

import io.swagger.v3.oas.annotations.Hidden;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rejected outbox rows, for an operator, on the service's own port (ADMIN only, like all of
 * {@code /api/v1/admin/**}; the gateway does not route it, as every service with a database has one).
 */
// Not part of the public API document: the error path, or an operator's endpoint on the service's own port
@Hidden
@RestController
@RequestMapping("/api/v1/admin/events/outbox/rejected")
class OutboxAdminController {

    private static final int LIST_LIMIT = 100;

    private final OutboxAdmin outbox;

    OutboxAdminController(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    List<OutboxAdmin.RejectedEvent> rejected() {
        return outbox.rejected(LIST_LIMIT);
    }

    @PostMapping("/{eventId}/resend")
    Map<String, Object> resend(@PathVariable UUID eventId) {
        return switch (outbox.resend(eventId)) {
            case QUEUED -> Map.of("eventId", eventId, "status", "QUEUED");
            case NOT_FOUND -> throw ApiException.notFound("Rejected event");
            case SUPERSEDED -> throw new ApiException(HttpStatus.CONFLICT, ProblemCodes.CONFLICT,
                    "A later event of the same key exists; sending this one now would overwrite newer state");
        };
    }
}

package dev.emporium.platform.events;

import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator endpoints every service with an outbox has, on its own port (ADMIN only, like all of
 * {@code /api/v1/admin/**}; the gateway does not route them, as each service has its own):
 * rejected outbox rows and dead-letter replay of the topics the service consumes.
 */
@RestController
@RequestMapping("/api/v1/admin/events")
class EventsAdminController {

    private static final int LIST_LIMIT = 100;

    private final OutboxAdmin outbox;
    private final DeadLetterReplay replay;
    private final Set<String> consumedTopics;

    EventsAdminController(OutboxAdmin outbox, DeadLetterReplay replay, Set<String> consumedTopics) {
        this.outbox = outbox;
        this.replay = replay;
        this.consumedTopics = Set.copyOf(consumedTopics);
    }

    @GetMapping("/outbox/rejected")
    List<OutboxAdmin.RejectedEvent> rejected() {
        return outbox.rejected(LIST_LIMIT);
    }

    @PostMapping("/outbox/rejected/{eventId}/resend")
    Map<String, Object> resend(@PathVariable UUID eventId) {
        return switch (outbox.resend(eventId)) {
            case QUEUED -> Map.of("eventId", eventId, "status", "QUEUED");
            case NOT_FOUND -> throw ApiException.notFound("Rejected event");
            case SUPERSEDED -> throw new ApiException(HttpStatus.CONFLICT, ProblemCodes.CONFLICT,
                    "A later event of the same key exists; sending this one now would overwrite newer state");
        };
    }

    /** Replays {@code <topic>.DLT} onto {@code <topic>}, for a topic this service consumes. */
    @PostMapping("/dead-letters/{topic}/replay")
    Map<String, Object> replay(@PathVariable String topic) {
        if (!consumedTopics.contains(topic)) {
            throw ApiException.notFound("Consumed topic");
        }
        return Map.of("topic", topic, "replayed", replay.replay(topic));
    }
}

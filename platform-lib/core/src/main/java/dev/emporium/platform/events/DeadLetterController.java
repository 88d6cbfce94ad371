package dev.emporium.platform.events;

import io.swagger.v3.oas.annotations.Hidden;
import dev.emporium.platform.web.ApiException;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dead-letter replay for the topics this service consumes, on its own port (ADMIN only, like all of
 * {@code /api/v1/admin/**}; the gateway does not route it, as every service has one).
 */
// Not part of the public API document: the error path, or an operator's endpoint on the service's own port
@Hidden
@RestController
class DeadLetterController {

    private final DeadLetterReplay replay;
    private final Set<String> consumedTopics;

    DeadLetterController(DeadLetterReplay replay, Set<String> consumedTopics) {
        this.replay = replay;
        this.consumedTopics = Set.copyOf(consumedTopics);
    }

    /** Replays {@code <topic>.DLT} onto {@code <topic>}. */
    @PostMapping("/api/v1/admin/events/dead-letters/{topic}/replay")
    Map<String, Object> replay(@PathVariable String topic) {
        if (!consumedTopics.contains(topic)) {
            throw ApiException.notFound("Consumed topic");
        }
        return Map.of("topic", topic, "replayed", replay.replay(topic));
    }
}

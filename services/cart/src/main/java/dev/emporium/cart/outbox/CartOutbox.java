package dev.emporium.cart.outbox;

import dev.emporium.contracts.EventType;
import dev.emporium.contracts.Topics;
import dev.emporium.platform.events.OutgoingEvent;
import dev.emporium.platform.events.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cart's outbox entries: a cart event with everything its Kafka record needs (id, type, source, time, trace
 * context), as one JSON string that the commit script appends to the outbox stream together with the change.
 */
@Component
public class CartOutbox {

    private final JsonMapper json;
    private final Clock clock;
    private final TraceContext trace;
    private final String source;

    public CartOutbox(JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
            Environment environment) {
        this.json = json;
        this.clock = clock;
        this.trace = new TraceContext(tracer, propagator);
        this.source = "/emporium/" + environment.getProperty("spring.application.name", "cart");
    }

    /** @param event a record of {@code contracts.cart} annotated with {@link EventType} */
    public String entry(String cartId, Object event) {
        EventType type = event.getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not an event contract (no @EventType)");
        }
        return json.writeValueAsString(new OutgoingEvent(UUID.randomUUID(), Topics.CART_EVENTS, cartId, type.value(), source,
                clock.instant(), json.writeValueAsString(event), trace.currentTraceparent()));
    }

    public OutgoingEvent read(String entry) {
        return json.readValue(entry, OutgoingEvent.class);
    }
}

package dev.emporium.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far the outbox is behind: unsent rows, the age of the oldest, rejected rows. Metrics
 * ({@code emporium.outbox.backlog}, {@code emporium.outbox.oldest.age} in seconds, {@code emporium.outbox.rejected})
 * read the figures of the last relay run, so a scrape never waits for the database; the health indicator
 * {@code outbox} reports {@link #DEGRADED} once the oldest unsent event is older than
 * {@code emporium.events.outbox.degraded-after} or a row was rejected. It is not part of readiness on purpose:
 * a service whose Kafka is down still serves reads and writes, and its events wait in the outbox.
 */
public class OutboxMonitor implements MeterBinder, HealthIndicator {

    /** Works, but something needs an operator's attention. */
    public static final Status DEGRADED = new Status("DEGRADED", "Events are not reaching Kafka");

    private final JdbcClient jdbc;
    private final Duration degradedAfter;
    private final AtomicReference<Figures> last = new AtomicReference<>(new Figures(0, Duration.ZERO, 0));

    OutboxMonitor(JdbcClient jdbc, Duration degradedAfter) {
        this.jdbc = jdbc;
        this.degradedAfter = degradedAfter;
    }

    /** @param oldest age of the oldest unsent row (zero when none) */
    public record Figures(long backlog, Duration oldest, long rejected) {
    }

    /** Counts again (one index scan of the pending rows); the relay calls this after each run. */
    public Figures refresh() {
        Figures figures = jdbc.sql("""
                SELECT count(*) FILTER (WHERE rejected_at IS NULL) AS backlog,
                       coalesce(extract(epoch FROM now() - min(occurred_at) FILTER (WHERE rejected_at IS NULL)), 0) AS oldest,
                       count(*) FILTER (WHERE rejected_at IS NOT NULL) AS rejected
                FROM platform.outbox_event WHERE published_at IS NULL""")
                .query((rs, row) -> new Figures(rs.getLong("backlog"),
                        Duration.ofMillis(Math.max(0, Math.round(rs.getDouble("oldest") * 1000))), rs.getLong("rejected")))
                .single();
        last.set(figures);
        return figures;
    }

    public Figures last() {
        return last.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("emporium.outbox.backlog", this, m -> m.last().backlog())
                .description("Events committed but not yet sent to Kafka").register(registry);
        Gauge.builder("emporium.outbox.oldest.age", this, m -> m.last().oldest().toMillis() / 1000.0).baseUnit("seconds")
                .description("Age of the oldest event not yet sent to Kafka").register(registry);
        Gauge.builder("emporium.outbox.rejected", this, m -> m.last().rejected())
                .description("Events Kafka refused for good, waiting for an operator").register(registry);
    }

    @Override
    public Health health() {
        Figures figures = last();
        boolean behind = figures.oldest().compareTo(degradedAfter) > 0;
        return Health.status(behind || figures.rejected() > 0 ? DEGRADED : Status.UP)
                .withDetail("backlog", figures.backlog())
                .withDetail("oldestAgeSeconds", figures.oldest().toSeconds())
                .withDetail("rejected", figures.rejected())
                .build();
    }
}

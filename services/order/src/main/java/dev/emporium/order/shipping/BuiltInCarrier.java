package dev.emporium.order.shipping;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.emporium.order.OrderProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * A carrier that behaves like one: it issues a tracking number when it takes a parcel, reports it accepted, and later
 * in transit, out for delivery and delivered, each a configured time after the shipment. Those reports are durable jobs
 * scheduled in the shipping transaction, so they come even if the service restarts in between (late, not lost).
 */
@Component
class BuiltInCarrier implements Carrier {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrderProperties.Carrier settings;
    private final SchedulerClient scheduler;
    private final OneTimeTask<TrackingStep> trackingTask;
    private final Clock clock;

    BuiltInCarrier(OrderProperties properties, SchedulerClient scheduler, @Qualifier("carrierTrackingTask") OneTimeTask<TrackingStep> trackingTask,
            Clock clock) {
        this.settings = properties.carrier();
        this.scheduler = scheduler;
        this.trackingTask = trackingTask;
        this.clock = clock;
    }

    @Override
    public String code() {
        return settings.code();
    }

    @Override
    public Shipment ship(Parcel parcel) {
        String trackingNumber = "EP" + String.format("%012d", RANDOM.nextLong(1_000_000_000_000L));
        Instant now = clock.instant();
        String destination = parcel.city() + ", " + parcel.country();
        List<Step> steps = List.of(new Step(TrackingStep.ACCEPTED, "Emporium warehouse", Duration.ZERO), new Step(TrackingStep.IN_TRANSIT, "Sorting centre", settings.inTransitAfter()),
                new Step(TrackingStep.OUT_FOR_DELIVERY, destination, settings.outForDeliveryAfter()),
                new Step(TrackingStep.DELIVERED, destination, settings.deliveredAfter()));
        for (Step step : steps) {
            Instant at = now.plus(step.after());
            scheduler.schedule(trackingTask.instance(trackingNumber + ":" + step.status(),
                    new TrackingStep(trackingNumber, step.status(), step.location(), at)), at);
        }
        return new Shipment(trackingNumber);
    }

    private record Step(String status, String location, Duration after) {
    }
}

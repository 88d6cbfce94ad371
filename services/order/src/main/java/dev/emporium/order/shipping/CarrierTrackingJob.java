package dev.emporium.order.shipping;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.emporium.order.OrderProperties;
import dev.emporium.platform.jobs.CappedBackoff;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The built-in carrier's reports, one durable job each, delivered to {@link TrackingUpdates} when due. */
@Configuration(proxyBeanMethods = false)
class CarrierTrackingJob {

    @Bean
    OneTimeTask<TrackingStep> carrierTrackingTask(TrackingUpdates tracking, OrderProperties properties) {
        return Tasks.oneTime("carrier-tracking", TrackingStep.class)
                .onFailure(new CappedBackoff<>(properties.refunds().firstBackoff(), properties.refunds().maxBackoff()))
                .execute((instance, context) -> tracking.record(instance.getData()));
    }
}

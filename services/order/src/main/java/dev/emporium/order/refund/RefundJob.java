package dev.emporium.order.refund;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.emporium.order.OrderProperties;
import dev.emporium.platform.jobs.CappedBackoff;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable job that executes a recorded refund at payment: one db-scheduler execution per refund (instance id =
 * refund id), retried with a capped backoff while payment cannot take it.
 */
@Configuration(proxyBeanMethods = false)
class RefundJob {

    static final String TASK = "refund";

    @Bean
    OneTimeTask<Void> refundTask(RefundExecution execution, OrderProperties properties) {
        return Tasks.oneTime(TASK)
                .onFailure(new CappedBackoff<>(properties.refunds().firstBackoff(), properties.refunds().maxBackoff()))
                .execute((instance, context) -> execution.run(UUID.fromString(instance.getId())));
    }
}

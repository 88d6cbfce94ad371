package dev.emporium.order.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.emporium.order.OrderServiceTest;
import dev.emporium.order.shipping.TrackingStep;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the refunds and the carrier rely on: a job exists if and only if the transaction that scheduled it commits. */
@OrderServiceTest
class DurableJobsTest {

    @Autowired SchedulerClient scheduler;
    @Autowired @Qualifier("carrierTrackingTask") OneTimeTask<TrackingStep> task;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void schedulesAJobOnlyWhenTheTransactionThatSchedulesItCommits() {
        String rolledBack = "test-" + UUID.randomUUID();
        String committed = "test-" + UUID.randomUUID();
        Instant later = Instant.now().plus(Duration.ofDays(1)); // never due during the test
        TrackingStep step = new TrackingStep("EP000000000000", TrackingStep.IN_TRANSIT, "Nowhere", later);

        transactions.executeWithoutResult(status -> {
            scheduler.schedule(task.instance(rolledBack, step), later);
            assertThat(jobs(rolledBack)).isEqualTo(1); // seen by its own transaction
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> scheduler.schedule(task.instance(committed, step), later));

        assertThat(jobs(rolledBack)).isZero();
        assertThat(jobs(committed)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT convert_from(task_data, 'UTF8') FROM scheduled_tasks WHERE task_instance = :id")
                .param("id", committed).query(String.class).single()).contains("\"status\":\"IN_TRANSIT\"");
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_instance = :id").param("id", committed).update();
    }

    private long jobs(String instance) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance = :id").param("id", instance).query(Long.class).single();
    }
}

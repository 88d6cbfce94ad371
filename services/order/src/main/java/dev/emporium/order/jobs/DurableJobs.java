package dev.emporium.order.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.emporium.order.OrderProperties;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Durable jobs with db-scheduler, in the orders database ({@code scheduled_tasks}): refunds to execute at payment and
 * the built-in carrier's tracking events. A job is scheduled <em>in the transaction that decides it</em> (the data
 * source is wrapped so db-scheduler joins Spring's transaction): it exists if and only if that transaction commits,
 * and survives any crash afterwards. Any replica runs it; a replica that dies mid-job stops beating and another
 * runs the job again, so jobs must be idempotent (refunds carry their id as payment's idempotency key).
 */
@Configuration(proxyBeanMethods = false)
class DurableJobs {

    @Bean
    Scheduler jobScheduler(DataSource dataSource, List<Task<?>> tasks, OrderProperties properties, JsonMapper json) {
        OrderProperties.Jobs jobs = properties.jobs();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .serializer(new JsonJobData(json))
                .threads(jobs.threads())
                .pollingInterval(jobs.pollingInterval())
                .heartbeatInterval(jobs.heartbeat())
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Starts the scheduler once the context is up and stops it (letting running jobs finish) before the database goes. */
    @Bean
    SmartLifecycle jobSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}

package dev.emporium.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Durable jobs with db-scheduler, in the service's own database ({@code scheduled_tasks}, created by the service's
 * migrations), for every service that declares db-scheduler {@link Task} beans. A job is scheduled <em>in the
 * transaction that decides it</em> (the data source is wrapped so db-scheduler joins Spring's transaction): it exists
 * if and only if that transaction commits, and survives any crash afterwards. Any replica runs it; a replica that dies
 * mid-job stops beating and another runs the job again, so jobs must be idempotent.
 */
@AutoConfiguration
@ConditionalOnClass(Scheduler.class)
@EnableConfigurationProperties(JobsProperties.class)
public class JobsAutoConfiguration {

    @Bean
    @ConditionalOnBean({ Task.class, DataSource.class })
    Scheduler jobScheduler(DataSource dataSource, List<Task<?>> tasks, JobsProperties properties, JsonMapper json) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .serializer(new JsonJobData(json))
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Starts the scheduler once the context is up and stops it (letting running jobs finish) before the database goes. */
    @Bean
    @ConditionalOnBean(Scheduler.class)
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

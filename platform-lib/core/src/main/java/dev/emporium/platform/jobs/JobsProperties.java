package dev.emporium.platform.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.jobs.*}: db-scheduler's settings.
 *
 * @param pollingInterval  how often each replica looks for due jobs (a job scheduled for now on this replica runs at once)
 * @param threads          how many jobs run at once on a replica
 * @param heartbeat        how often a running job's replica says it is alive
 * @param missedHeartbeats after this many missed heartbeats a job counts as dead (its replica crashed) and runs again
 */
@ConfigurationProperties("emporium.jobs")
public record JobsProperties(@DefaultValue("1s") Duration pollingInterval, @DefaultValue("4") int threads,
        @DefaultValue("10s") Duration heartbeat, @DefaultValue("6") int missedHeartbeats) {
}

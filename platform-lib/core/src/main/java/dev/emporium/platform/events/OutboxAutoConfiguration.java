package dev.emporium.platform.events;

import dev.emporium.platform.runtime.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The database side of events, only for services with a {@code DataSource} (a service without
 * {@code spring.datasource.url}, like search, consumes but keeps no outbox): the platform schema, the
 * transactional outbox and its relay, the idempotent inbox, outbox metrics and health, housekeeping, and the
 * operator endpoints under {@code /api/v1/admin/events}.
 */
@AutoConfiguration(after = EventsAutoConfiguration.class, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@ConditionalOnClass(name = "org.springframework.jdbc.core.simple.JdbcClient")
@ConditionalOnBean(DataSource.class)
public class OutboxAutoConfiguration {

    /** Platform tables live in their own schema with their own migration history, apart from the service's. */
    @Bean
    PlatformSchema platformSchema(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource)
                .schemas(PlatformSchema.NAME).createSchemas(true)
                .locations("classpath:db/platform")
                .load().migrate();
        return new PlatformSchema();
    }

    /** Also the {@code outbox} health indicator (the bean name minus "HealthIndicator") and its gauges. */
    @Bean
    OutboxMonitor outboxHealthIndicator(PlatformSchema schema, DataSource dataSource, EventsProperties properties) {
        return new OutboxMonitor(JdbcClient.create(dataSource), properties.outbox().degradedAfter());
    }

    @Bean
    OutboxRelay outboxRelay(PlatformSchema schema, DataSource dataSource, PlatformTransactionManager transactionManager,
            KafkaTemplate<String, byte[]> kafkaTemplate, EventsProperties properties, OutboxMonitor monitor,
            ObjectProvider<KafkaAdmin> kafkaAdmin) {
        // a topic missing on the broker (Kafka was down when the service started): create the declared ones again
        Runnable missingTopic = () -> kafkaAdmin.ifAvailable(KafkaAdmin::initialize);
        return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), kafkaTemplate,
                properties.outbox(), monitor, missingTopic);
    }

    @Bean
    EventPublisher eventPublisher(PlatformSchema schema, DataSource dataSource, JsonMapper json, Environment environment,
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator, OutboxRelay relay, Clock clock,
            TopicDeclarations topics) {
        String source = "/emporium/" + environment.getProperty("spring.application.name", "unknown");
        return new EventPublisher(JdbcClient.create(dataSource), json, source, new TraceContext(tracer, propagator), relay,
                clock, topics.published());
    }

    @Bean
    EventInbox eventInbox(PlatformSchema schema, DataSource dataSource, PlatformTransactionManager transactionManager,
            JsonMapper json) {
        return new EventInbox(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), json);
    }

    @Bean
    EventHousekeeping eventHousekeeping(PlatformSchema schema, DataSource dataSource, EventsProperties properties) {
        return new EventHousekeeping(JdbcClient.create(dataSource), properties.outbox().retention(),
                properties.consumer().dedupeRetention());
    }

    @Bean
    PeriodicTask eventHousekeepingTask(EventHousekeeping housekeeping) {
        return new PeriodicTask("event-housekeeping", Duration.ofMinutes(1), Duration.ofHours(1), housekeeping::purgeAll);
    }

    @Bean
    OutboxAdmin outboxAdmin(PlatformSchema schema, DataSource dataSource, PlatformTransactionManager transactionManager,
            OutboxRelay relay) {
        return new OutboxAdmin(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), relay);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    OutboxAdminController outboxAdminController(OutboxAdmin outbox) {
        return new OutboxAdminController(outbox);
    }

    /** Marker: the platform schema is migrated. */
    public static final class PlatformSchema {
        public static final String NAME = "platform";
    }
}

package dev.emporium.platform.events;

import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import dev.emporium.contracts.Topics;

/**
 * The event backbone every service inherits: a String/bytes Kafka template, consumers with bounded retries and a
 * dead-letter topic, and (for services with a database) the transactional outbox and the idempotent inbox.
 */
// before Kafka's auto-configuration so its default template backs off in favour of the one below
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" },
        beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties({ EventsProperties.class, KafkaProperties.class })
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ProducerFactory.class)
    ProducerFactory<String, byte[]> eventProducerFactory(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    @ConditionalOnMissingBean(KafkaTemplate.class)
    KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<String, byte[]> producerFactory) {
        return new KafkaTemplate<>(producerFactory);
    }

    /** Bounded exponential retries, then the record goes to {@code <topic>.DLT} and the partition moves on. */
    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, byte[]> kafkaTemplate, EventsProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, error) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        EventsProperties.Consumer retry = properties.consumer();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(retry.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    /** Only for services with a database: a service without one (search) consumes but keeps no outbox. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.jdbc.core.simple.JdbcClient")
    @ConditionalOnBean(DataSource.class)
    static class OutboxConfiguration {

        /** Platform tables live in their own schema with their own migration history, apart from the service's. */
        @Bean
        PlatformSchema platformSchema(DataSource dataSource) {
            Flyway.configure().dataSource(dataSource)
                    .schemas(PlatformSchema.NAME).createSchemas(true)
                    .locations("classpath:db/platform")
                    .load().migrate();
            return new PlatformSchema();
        }

        @Bean
        OutboxRelay outboxRelay(PlatformSchema schema, DataSource dataSource, PlatformTransactionManager transactionManager,
                KafkaTemplate<String, byte[]> kafkaTemplate, EventsProperties properties) {
            return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), kafkaTemplate,
                    properties.outbox());
        }

        @Bean
        EventPublisher eventPublisher(PlatformSchema schema, DataSource dataSource, JsonMapper json, Environment environment,
                ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator, OutboxRelay relay) {
            String source = "/emporium/" + environment.getProperty("spring.application.name", "unknown");
            return new EventPublisher(JdbcClient.create(dataSource), json, source, new TraceContext(tracer, propagator), relay,
                    Clock.systemUTC());
        }

        @Bean
        EventInbox eventInbox(PlatformSchema schema, DataSource dataSource, PlatformTransactionManager transactionManager,
                JsonMapper json) {
            return new EventInbox(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), json);
        }
    }

    /** Marker: the platform schema is migrated. */
    public static final class PlatformSchema {
        public static final String NAME = "platform";
    }
}

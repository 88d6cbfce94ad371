package dev.emporium.platform.events;

import dev.emporium.contracts.Topic;
import dev.emporium.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The event backbone every service inherits: a String/bytes Kafka template, the topics the service declares
 * ({@link EventTopics}, each with its {@code .DLT}), and consumers that wait out infrastructure failures and
 * dead-letter only records that fail on their own, and dead-letter replay. The database side (outbox, inbox) is
 * {@link OutboxAutoConfiguration}.
 */
// before Kafka's auto-configuration so its default template backs off in favour of the one below
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
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

    @Bean
    TopicDeclarations eventTopicDeclarations(ObjectProvider<EventTopics> declarations, Environment environment) {
        List<EventTopics> all = declarations.orderedStream().toList();
        TopicContractCheck.verify(environment.getProperty("spring.application.name", "unknown"), all);
        return new TopicDeclarations(all);
    }

    /** Picked up by Kafka's {@code KafkaAdmin}, which creates whatever is missing when the service starts. */
    @Bean
    KafkaAdmin.NewTopics declaredTopics(TopicDeclarations declarations, EventsProperties properties) {
        return new KafkaAdmin.NewTopics(declarations.newTopics(properties.topicReplicas()));
    }

    @Bean
    DeadLetterReplay deadLetterReplay(KafkaProperties kafka, Environment environment, KafkaTemplate<String, byte[]> template) {
        return new DeadLetterReplay(kafka.buildConsumerProperties(), environment.getProperty("spring.application.name", "service"),
                template);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    DeadLetterController deadLetterController(DeadLetterReplay replay, ObjectProvider<EventTopics> topics) {
        Set<String> consumed = topics.orderedStream().flatMap(t -> t.consumed().stream()).map(Topic::name)
                .collect(Collectors.toSet());
        return new DeadLetterController(replay, consumed);
    }

    /**
     * A record that fails on its own is retried a bounded number of times with exponential backoff, then goes to
     * {@code <topic>.DLT} and the partition moves on. A failure of the infrastructure ({@link Failures}: database
     * down, connection refused, timeouts) is retried without limit, the pause capped at
     * {@code emporium.events.consumer.infrastructure-backoff}: the partition waits, nothing is dead-lettered because
     * PostgreSQL restarted. The count starts again when the kind of failure changes.
     */
    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, byte[]> kafkaTemplate, EventsProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, error) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        EventsProperties.Consumer retry = properties.consumer();
        ExponentialBackOffWithMaxRetries bounded = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        bounded.setInitialInterval(retry.initialBackoff().toMillis());
        bounded.setMultiplier(2.0);
        bounded.setMaxInterval(retry.maxBackoff().toMillis());
        ExponentialBackOff unbounded = new ExponentialBackOff(retry.initialBackoff().toMillis(), 2.0);
        unbounded.setMaxInterval(retry.infrastructureBackoff().toMillis());
        unbounded.setMaxElapsedTime(Long.MAX_VALUE);
        unbounded.setMaxAttempts(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, bounded);
        handler.setBackOffFunction((record, error) -> Failures.isTransientInfrastructureFailure(error) ? unbounded : null);
        handler.setResetStateOnExceptionChange(true);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}

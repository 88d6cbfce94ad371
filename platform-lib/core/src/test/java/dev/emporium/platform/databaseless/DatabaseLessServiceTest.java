package dev.emporium.platform.databaseless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.contracts.Topic;
import dev.emporium.platform.events.EventInbox;
import dev.emporium.platform.events.EventPublisher;
import dev.emporium.platform.events.EventTopics;
import dev.emporium.testsupport.TestJwts;
import dev.emporium.testsupport.TestKafka;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A service without {@code spring.datasource.url} starts on platform-core as it is (JDBC, Flyway and the driver on
 * the class path, no exclusions) and simply has no database: it consumes and serves, but keeps no outbox.
 */
class DatabaseLessServiceTest {

    @Test
    void startsWithoutADatabaseAndWithoutTheOutbox() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseLessService.class).properties(
                "spring.config.name=database-less-service", // not the test application.properties, which names a database
                "spring.application.name=database-less",
                "server.port=0",
                "spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestJwts.get().jwksUri()).run()) {

            assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
            assertThat(context.getBeanNamesForType(EventPublisher.class)).isEmpty();
            assertThat(context.getBeanNamesForType(EventInbox.class)).isEmpty();
            assertThat(context.getBeanNamesForType(KafkaTemplate.class)).isNotEmpty();
            assertThat(context.getBean(Clock.class).getZone().getId()).isEqualTo("Z");
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class DatabaseLessService {

        @Bean
        EventTopics consumedTopics() {
            // a topic of its own: the contracts name the services that consume catalog.products
            return EventTopics.of(List.of(), List.of(new Topic("database-less.samples", 1, false)));
        }
    }
}

package dev.emporium.platform.idempotency;

import dev.emporium.platform.events.OutboxAutoConfiguration;
import dev.emporium.platform.runtime.PeriodicTask;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Idempotency keys for every service with a database (the table lives in the platform schema). */
@AutoConfiguration(after = OutboxAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.jdbc.core.simple.JdbcClient")
@ConditionalOnBean({ DataSource.class, OutboxAutoConfiguration.PlatformSchema.class })
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    IdempotencyKeys idempotencyKeys(OutboxAutoConfiguration.PlatformSchema schema, DataSource dataSource,
            PlatformTransactionManager transactionManager, JsonMapper json, IdempotencyProperties properties,
            ObjectProvider<Clock> clock) {
        return new IdempotencyKeys(new IdempotencyKeyStore(JdbcClient.create(dataSource), json),
                new TransactionTemplate(transactionManager), json, properties, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    PeriodicTask idempotencyKeyPurge(IdempotencyKeys keys, IdempotencyProperties properties) {
        return new PeriodicTask("idempotency-key-purge", properties.purgeInterval(), properties.purgeInterval(),
                keys::purgeExpired);
    }
}

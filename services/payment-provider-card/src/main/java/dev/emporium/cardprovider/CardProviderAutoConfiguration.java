package dev.emporium.cardprovider;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in card provider, on whenever it is on the class path (and {@code emporium.payment.card-provider.enabled}
 * is not false). Its tables live in the schema {@code card_provider} with their own Flyway history; its durable work
 * (webhook deliveries, confirmation expiries) runs on db-scheduler over the table {@code card_provider.scheduled_tasks}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(name = "emporium.payment.card-provider.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CardProviderProperties.class)
public class CardProviderAutoConfiguration {

    /** Marks the provider's schema as migrated. */
    record CardProviderSchema() {
    }

    @Bean
    CardProviderSchema cardProviderSchema(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).schemas("card_provider").createSchemas(true)
                .locations("classpath:db/card-provider").load().migrate();
        return new CardProviderSchema();
    }

    @Bean
    CardProviderFaults cardProviderFaults(CardProviderProperties properties) {
        return new CardProviderFaults(properties.latency(), properties.faultHang());
    }

    @Bean
    CardProvider cardProvider(CardProviderSchema schema, DataSource dataSource, PlatformTransactionManager transactionManager,
            JsonMapper json, CardProviderFaults faults, CardProviderProperties properties, Environment environment, Clock clock) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        CardWebhooks webhooks = new CardWebhooks(jdbc, json, properties, environment, clock);
        CardProvider provider = new CardProvider(new CardLedger(jdbc), new ProviderIdempotency(jdbc, transactions, json,
                properties.fingerprintKey(), clock), faults, webhooks, transactions, properties, clock);
        // schedules inside the caller's transaction: a delivery or expiry exists if and only if its change commits
        SchedulerClient client = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource),
                webhooks.deliveryTask(), provider.expiryTask()).tableName(TABLE).build();
        webhooks.scheduleWith(client);
        provider.scheduleWith(client);
        return provider;
    }

    static final String TABLE = "card_provider.scheduled_tasks";

    @Bean
    SmartLifecycle cardProviderScheduler(CardProvider provider, DataSource dataSource, CardProviderProperties properties) {
        return new SmartLifecycle() {
            // a stopped db-scheduler Scheduler cannot start again (its executors are shut down), and a context can be
            // stopped and restarted (Spring's test context cache pauses unused contexts): a new one on every start
            private volatile Scheduler scheduler;

            @Override
            public synchronized void start() {
                scheduler = Scheduler.create(dataSource, provider.webhooksTask(), provider.expiryTask())
                        .tableName(TABLE).threads(2).pollingInterval(properties.pollingInterval()).build();
                scheduler.start();
            }

            @Override
            public synchronized void stop() {
                if (scheduler != null) {
                    scheduler.stop();
                    scheduler = null;
                }
            }

            @Override
            public boolean isRunning() {
                return scheduler != null;
            }
        };
    }

    @Bean
    ConfirmationPage cardConfirmationPage(CardProvider provider) {
        return new ConfirmationPage(provider);
    }
}

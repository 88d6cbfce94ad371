package dev.emporium.identity.keys;

import dev.emporium.testsupport.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh, migrated identity database of its own, for key tests that move the clock or race replicas. */
final class KeyDatabase {

    static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(15);
    static final SigningKeyProperties PROPERTIES = new SigningKeyProperties(Duration.ofDays(30), Duration.ofMinutes(15),
            Duration.ofMinutes(1));

    final JdbcClient jdbc;
    final TransactionTemplate transaction;

    private KeyDatabase(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    static KeyDatabase fresh() {
        DataSource dataSource = new DriverManagerDataSource(TestPostgres.createDatabase("keys"), TestPostgres.USER,
                TestPostgres.PASSWORD);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/identity").load().migrate();
        return new KeyDatabase(dataSource);
    }

    SigningKeyStore store(String keyEncryptionKey) {
        return new SigningKeyStore(jdbc, keyEncryptionKey, new MockEnvironment());
    }

    /** One identity replica's view of the keys. */
    SigningKeys replica(String keyEncryptionKey, Clock clock) {
        return new SigningKeys(store(keyEncryptionKey), PROPERTIES, ACCESS_TOKEN_TTL, clock, transaction);
    }

    String storedPrivateKey(String kid) {
        return jdbc.sql("SELECT private_key FROM signing_key WHERE kid = :kid").param("kid", kid).query(String.class).single();
    }

    int count(String condition) {
        return jdbc.sql("SELECT count(*) FROM signing_key WHERE " + condition).query(Integer.class).single();
    }
}

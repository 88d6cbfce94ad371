package dev.emporium.platform.runtime;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * platform-core brings JDBC, Flyway and the PostgreSQL driver to every service; a service without
 * {@code spring.datasource.url} (search keeps its index on disk) simply has no database: the data source is not
 * configured, and with it go everything that needs one (transactions, Flyway, the outbox and inbox, the
 * database health check). No exclusions in the service's pom or configuration.
 */
public class DatabaseLessServices implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final Set<String> NEED_A_DATABASE_URL = Set.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.XADataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JndiDataSourceAutoConfiguration");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean hasDatabase = environment == null || environment.containsProperty("spring.datasource.url")
                || environment.containsProperty("spring.datasource.jndi-name");
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i]; // null: already filtered out by another filter
            matches[i] = hasDatabase || candidate == null || !NEED_A_DATABASE_URL.contains(candidate);
        }
        return matches;
    }
}

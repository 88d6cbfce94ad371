package dev.emporium.launcher.infra.postgres;

import dev.emporium.launcher.LauncherException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresEndpointTest {

    @Test
    void theEmbeddedServerIsReachedAsPostgresOnLoopback() {
        PostgresEndpoint embedded = PostgresEndpoint.embedded(15433, "generated");

        assertThat(embedded.jdbcUrl("identity")).isEqualTo("jdbc:postgresql://127.0.0.1:15433/identity");
        assertThat(embedded.adminUser()).isEqualTo("postgres");
        assertThat(embedded.adminPassword()).isEqualTo("generated");
        assertThat(embedded.embedded()).isTrue();
    }

    @Test
    void anExternalUrlLosesItsDatabaseButKeepsItsParameters() {
        assertThat(PostgresEndpoint.external("jdbc:postgresql://127.0.0.1:5432/", "u", "p").jdbcUrl("catalog"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/catalog");
        assertThat(PostgresEndpoint.external("jdbc:postgresql://db:5432", "u", "p").jdbcUrl("catalog"))
                .isEqualTo("jdbc:postgresql://db:5432/catalog");
        PostgresEndpoint withParameters = PostgresEndpoint.external("jdbc:postgresql://db:5432/postgres?sslmode=require", "u", "p");
        assertThat(withParameters.jdbcUrl("catalog")).isEqualTo("jdbc:postgresql://db:5432/catalog?sslmode=require");
        assertThat(withParameters.hostAndPort()).isEqualTo("db:5432");
    }

    @Test
    void onlyPostgresqlJdbcUrlsAreAccepted() {
        assertThatThrownBy(() -> PostgresEndpoint.external("postgresql://db:5432/", "u", "p")).isInstanceOf(LauncherException.class);
        assertThatThrownBy(() -> PostgresEndpoint.external("jdbc:postgresql:///", "u", "p")).isInstanceOf(LauncherException.class);
    }

    @Test
    void identifiersAndLiteralsAreQuoted() {
        assertThat(DatabaseProvisioner.quoteIdentifier("order")).isEqualTo("\"order\"");
        assertThat(DatabaseProvisioner.quoteLiteral("it's")).isEqualTo("'it''s'");
    }
}

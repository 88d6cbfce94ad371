package dev.emporium.launcher.infra.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real embedded PostgreSQL, as the launcher runs it: nobody gets in without the generated password. */
class EmbeddedPostgresServerTest {

    private static final String PASSWORD = "generated-superuser-password";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Unpacked once for all tests (zonky reuses unpacked binaries): each test's binaries/ links here. */
    @TempDir
    static Path binaries;

    @TempDir
    Path dir;

    private final int port = freePort();
    private EmbeddedPostgresServer server;

    @BeforeEach
    void shareBinaries() throws IOException {
        Files.createSymbolicLink(dir.resolve("binaries"), binaries);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aNewClusterLetsTheSuperuserInOnlyWithItsPassword() throws Exception {
        server = new EmbeddedPostgresServer(dir, dir.resolve("postgres.log"), port);

        server.start(TIMEOUT, PASSWORD);
        server.requirePasswords(endpoint());

        assertRefused("postgres", "");
        assertRefused("postgres", "wrong");
        assertThat(select1("postgres", PASSWORD)).isEqualTo(1);
        assertThat(dir.resolve("initdb-password")).doesNotExist();
    }

    @Test
    void aClusterAnEarlierLauncherCreatedWithTrustRequiresPasswordsFromItsNextStart() throws Exception {
        // what the launcher did before: initdb -A trust, no password for postgres
        try (EmbeddedPostgres ignored = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir.resolve("data"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start()) {
            assertThat(select1("postgres", "")).as("trusted before the upgrade").isEqualTo(1);
        }
        server = new EmbeddedPostgresServer(dir, dir.resolve("postgres.log"), port);

        server.start(TIMEOUT, PASSWORD);
        server.requirePasswords(endpoint());

        assertRefused("postgres", "");
        assertThat(select1("postgres", PASSWORD)).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("data/pg_hba.conf"))).doesNotContain("trust");
    }

    @Test
    void aServiceLoginConnectsOnlyToItsOwnDatabase() throws Exception {
        server = new EmbeddedPostgresServer(dir, dir.resolve("postgres.log"), port);
        server.start(TIMEOUT, PASSWORD);
        server.requirePasswords(endpoint());

        DatabaseProvisioner.provision(endpoint(), List.of("identity", "catalog"), login -> login + "-password");

        assertThat(select1("identity", "identity-password", "identity")).isEqualTo(1);
        assertRefused("identity", "identity-password", "catalog");
        assertRefused("identity", "identity-password", "postgres");
    }

    private PostgresEndpoint endpoint() {
        return PostgresEndpoint.embedded(port, PASSWORD);
    }

    private int select1(String user, String password) throws SQLException {
        return select1(user, password, "postgres");
    }

    private int select1(String user, String password, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(endpoint().jdbcUrl(database), user, password);
             ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    private void assertRefused(String user, String password) {
        assertRefused(user, password, "postgres");
    }

    private void assertRefused(String user, String password, String database) {
        assertThatThrownBy(() -> select1(user, password, database)).isInstanceOf(SQLException.class);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

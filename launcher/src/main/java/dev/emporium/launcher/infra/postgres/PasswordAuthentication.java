package dev.emporium.launcher.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every connection to the embedded server needs a password (SCRAM), over TCP and the Unix socket alike, so that
 * nobody else on the host can log in as {@code postgres} and read the services' data.
 */
final class PasswordAuthentication {

    static final String HBA_FILE = "pg_hba.conf";

    /** Written by the launcher; no {@code trust} line, no replication. */
    static final String HBA = """
            # Written by the Emporium launcher on every start: a password (SCRAM) for every connection.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PasswordAuthentication() {
    }

    /**
     * Sets the superuser's password and, unless {@code pg_hba.conf} already is ours, replaces it and reloads the
     * server's configuration. A cluster created by an earlier launcher ({@code initdb -A trust}) has no password
     * and trusts every local connection: its next start upgrades it here, while it still lets us in.
     */
    static void require(Path dataDir, PostgresEndpoint endpoint) throws SQLException {
        try (Connection connection = DatabaseProvisioner.connectAsAdmin(endpoint); Statement statement = connection.createStatement()) {
            // a failing statement is logged with its text by default: keep the password out of postgres.log
            statement.execute("SET log_min_error_statement = panic");
            statement.execute("ALTER ROLE " + DatabaseProvisioner.quoteIdentifier(endpoint.adminUser())
                    + " WITH PASSWORD " + DatabaseProvisioner.quoteLiteral(endpoint.adminPassword()));
            Path hba = dataDir.resolve(HBA_FILE);
            if (!HBA.equals(read(hba))) {
                write(hba);
                statement.execute("SELECT pg_reload_conf()");
            }
        }
    }

    private static String read(Path hba) {
        try {
            return Files.exists(hba) ? Files.readString(hba) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mode 600 like every file of the cluster; a reader never sees half a file. */
    private static void write(Path hba) {
        try {
            Path temp = hba.resolveSibling(HBA_FILE + ".tmp");
            Files.writeString(temp, HBA);
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            Files.move(temp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

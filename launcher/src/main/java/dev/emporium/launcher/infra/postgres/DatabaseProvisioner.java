package dev.emporium.launcher.infra.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/** One database and one login per service, created only if missing, on whichever server is in use. */
public final class DatabaseProvisioner {

    private DatabaseProvisioner() {
    }

    public static Connection connectAsAdmin(PostgresEndpoint endpoint) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", endpoint.adminUser());
        properties.setProperty("password", endpoint.adminPassword());
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "60");
        return DriverManager.getConnection(endpoint.jdbcUrl("postgres"), properties);
    }

    public static boolean isReachable(PostgresEndpoint endpoint) {
        try (Connection ignored = connectAsAdmin(endpoint)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Makes sure each database exists, owned by a login of the same name whose password is the recorded one,
     * and that no other login (only the owner and superusers) may connect to it. The password is set again on
     * every run, so a lost secrets file only means new passwords, never a lockout. On the embedded server the
     * {@code postgres} and {@code template1} databases are closed to the service logins too; an external
     * server's other databases are not ours to change.
     *
     * @return the databases that had to be created
     */
    public static List<String> provision(PostgresEndpoint endpoint, List<String> databases,
                                         Function<String, String> password) throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection connection = connectAsAdmin(endpoint); Statement statement = connection.createStatement()) {
            // a failing statement is logged with its text by default: keep the passwords out of the server's log
            statement.execute("SET log_min_error_statement = panic");
            for (String database : databases) {
                String role = quoteIdentifier(database);
                String literal = quoteLiteral(password.apply(database));
                if (exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", database)) {
                    statement.execute("ALTER ROLE " + role + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal);
                } else {
                    statement.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal);
                }
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE " + role + " OWNER " + role);
                    created.add(database);
                }
                statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + role + " FROM PUBLIC");
            }
            if (endpoint.embedded()) {
                statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC");
                statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE template1 FROM PUBLIC");
            }
        }
        return created;
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}

package dev.emporium.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, uniquely named database on the real PostgreSQL server for each test context, dropped when the JVM
 * exits, so no run depends on what an earlier one left. Server from {@code EMPORIUM_TEST_POSTGRES_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/}), admin login from {@code EMPORIUM_TEST_POSTGRES_USER} /
 * {@code EMPORIUM_TEST_POSTGRES_PASSWORD} (default postgres, no password).
 */
public final class TestPostgres {

    private static final String SERVER_URL = env("EMPORIUM_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String USER = env("EMPORIUM_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("EMPORIUM_TEST_POSTGRES_PASSWORD", "");

    private TestPostgres() {
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String createDatabase(String purpose) {
        String name = ("emporium_test_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase().replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(name)));
        return SERVER_URL + name;
    }

    private static void dropQuietly(String name) {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException ignored) {
            // the server may already be gone at JVM exit; a leftover uniquely named database harms no later run
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL + "postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER_URL + " is needed for the tests: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package dev.emporium.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * What a dump of the platform's embedded PostgreSQL would hold: every row of every table of every schema of every
 * database, each read as its text ({@code SELECT t::text FROM schema.table t}), logged in as the superuser whose
 * password the launcher keeps in {@code EMPORIUM_HOME/secrets}. A value is searched for in clear and as the
 * hexadecimal of its ASCII bytes, which is how a {@code bytea} column (a db-scheduler task's serialized data, say)
 * renders as text.
 */
final class DatabaseDump {

    private final RunningPlatform platform;
    private final String superuserPassword;

    DatabaseDump(RunningPlatform platform) {
        this.platform = platform;
        Properties credentials = new Properties();
        try (var reader = Files.newBufferedReader(platform.home.resolve("secrets/credentials.properties"))) {
            credentials.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.superuserPassword = credentials.getProperty("postgres.superuser.password");
    }

    /** Where a value was found: the database, the table and the row as text. */
    record Finding(String value, String database, String table, String row) {
        @Override
        public String toString() {
            return "%s in %s.%s: %s".formatted(value, database, table, row);
        }
    }

    /** What the dump read, so that a search that found nothing is seen to have searched something. */
    record Searched(List<String> tables, long rows, List<Finding> findings) {
    }

    /** Searches every row of every database for each of {@code values}, in clear or hex-encoded. */
    Searched search(List<String> values) throws SQLException {
        List<String> tables = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        long rows = 0;
        for (String database : databases()) {
            try (Connection connection = connect(database)) {
                // a cursor (fetch size without autocommit) rather than a whole table in memory
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                for (String table : tables(connection)) {
                    tables.add(database + "." + table);
                    try (Statement select = connection.createStatement()) {
                        select.setFetchSize(500);
                        try (ResultSet row = select.executeQuery("SELECT t::text FROM " + table + " t")) {
                            while (row.next()) {
                                rows++;
                                String text = row.getString(1);
                                for (String value : values) {
                                    if (text.contains(value) || text.contains(asciiHex(value))) {
                                        findings.add(new Finding(value, database, table, text));
                                    }
                                }
                            }
                        }
                    }
                }
                connection.rollback();
            }
        }
        return new Searched(tables, rows, findings);
    }

    private List<String> databases() throws SQLException {
        try (Connection connection = connect("postgres"); Statement query = connection.createStatement();
                ResultSet names = query.executeQuery("SELECT datname FROM pg_database WHERE NOT datistemplate AND datallowconn ORDER BY datname")) {
            List<String> databases = new ArrayList<>();
            while (names.next()) {
                databases.add(names.getString(1));
            }
            return databases;
        }
    }

    /**
     * Ordinary, partitioned and materialized tables, each quoted for a query; not in PostgreSQL's own schemas
     * (pg_catalog, information_schema, pg_toast read through its tables, other sessions' unreadable pg_temp_*).
     */
    private static List<String> tables(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet names = query.executeQuery("""
                SELECT format('%I.%I', n.nspname, c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'm')
                  AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
                ORDER BY 1""")) {
            List<String> tables = new ArrayList<>();
            while (names.next()) {
                tables.add(names.getString(1));
            }
            return tables;
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(platform.postgresUrl(database), "postgres", superuserPassword);
    }

    /** "42" as a bytea renders as {@code \x3432}. */
    static String asciiHex(String value) {
        return HexFormat.of().formatHex(value.getBytes(StandardCharsets.US_ASCII));
    }
}

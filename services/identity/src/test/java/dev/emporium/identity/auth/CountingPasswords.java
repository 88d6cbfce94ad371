package dev.emporium.identity.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Identity's real Argon2 encoder, counting how often each password was checked. A password starting with
 * {@link #FAILING} makes the check fail with an error, like a crash in the middle of a login.
 */
@TestConfiguration(proxyBeanMethods = false)
class CountingPasswords {

    static final String FAILING = "fail-with-an-error-";
    private static final Map<String, AtomicInteger> CHECKS = new ConcurrentHashMap<>();

    static int checksOf(String password) {
        AtomicInteger checks = CHECKS.get(password);
        return checks == null ? 0 : checks.get();
    }

    @Bean
    @Primary
    PasswordEncoder countingPasswordEncoder() {
        PasswordEncoder argon2 = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return argon2.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                CHECKS.computeIfAbsent(raw.toString(), password -> new AtomicInteger()).incrementAndGet();
                if (raw.toString().startsWith(FAILING)) {
                    throw new IllegalStateException("Simulated failure while checking a password");
                }
                return argon2.matches(raw, encoded);
            }
        };
    }
}

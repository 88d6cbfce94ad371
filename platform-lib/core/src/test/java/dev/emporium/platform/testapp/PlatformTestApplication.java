package dev.emporium.platform.testapp;

import dev.emporium.platform.security.HttpAuthorizationRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/** A minimal service built on the platform, to test what every service inherits. */
@SpringBootApplication
public class PlatformTestApplication {

    @Bean
    HttpAuthorizationRules publicSamples() {
        return rules -> rules.requestMatchers("/api/v1/public/**").permitAll();
    }
}

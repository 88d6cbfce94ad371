package dev.emporium.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The storefront and admin portal: HTML rendered on the server from the services' public APIs, called with the
 * signed-in customer's token, which stays in the Redis-backed session. It owns no data and publishes nothing.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {
    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}

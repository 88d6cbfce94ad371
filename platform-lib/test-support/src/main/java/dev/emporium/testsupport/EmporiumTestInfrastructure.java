package dev.emporium.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at real infrastructure: a fresh PostgreSQL database (for services that configure one), the shared embedded Kafka
 * broker, the real Redis (with a unique key prefix in {@code emporium.test.redis-key-prefix}) and the test JWKS.
 */
public class EmporiumTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = context.getEnvironment().getProperty("spring.application.name", "service");
        Map<String, Object> properties = new HashMap<>();
        // a service with a database names one; the test gets a fresh one in its place (no URL: a database-less service)
        if (context.getEnvironment().containsProperty("spring.datasource.url")) {
            properties.put("spring.datasource.url", TestPostgres.createDatabase(name));
            properties.put("spring.datasource.username", TestPostgres.USER);
            properties.put("spring.datasource.password", TestPostgres.PASSWORD);
        }
        properties.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        properties.put("spring.data.redis.host", TestRedis.host());
        properties.put("spring.data.redis.port", TestRedis.port());
        properties.put("emporium.test.redis-key-prefix", TestRedis.uniqueKeyPrefix());
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestJwts.get().jwksUri());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("emporiumTestInfrastructure", properties));
    }
}

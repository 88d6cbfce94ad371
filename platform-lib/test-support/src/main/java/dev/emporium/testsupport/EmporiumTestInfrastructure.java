package dev.emporium.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Points a Spring test context at real infrastructure: a fresh PostgreSQL database (for services with JDBC), the shared embedded Kafka
 * broker, the real Redis (with a unique key prefix in {@code emporium.test.redis-key-prefix}) and the test JWKS.
 */
public class EmporiumTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = context.getEnvironment().getProperty("spring.application.name", "service");
        Map<String, Object> properties = new HashMap<>();
        if (ClassUtils.isPresent("org.springframework.jdbc.core.simple.JdbcClient", context.getClassLoader())) {
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

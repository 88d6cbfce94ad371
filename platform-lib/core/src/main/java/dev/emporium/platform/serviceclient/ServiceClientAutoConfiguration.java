package dev.emporium.platform.serviceclient;

import dev.emporium.platform.runtime.RuntimeAutoConfiguration;
import java.net.URI;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** A {@link ServiceTokens} bean when this service has a client at identity ({@code emporium.service-client.client-id}). */
@AutoConfiguration(after = RuntimeAutoConfiguration.class)
@ConditionalOnProperty("emporium.service-client.client-id")
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceClientAutoConfiguration {

    static final String DEFAULT_IDENTITY_URL = "http://127.0.0.1:8081";

    @Bean
    @ConditionalOnMissingBean
    ServiceTokens serviceTokens(ServiceClientProperties properties, Environment environment, Clock clock) {
        URI tokenUri = properties.tokenUri() != null ? properties.tokenUri()
                : URI.create(environment.getProperty("emporium.services.identity.url", DEFAULT_IDENTITY_URL) + "/oauth2/token");
        return new ServiceTokens(properties, tokenUri, clock);
    }
}

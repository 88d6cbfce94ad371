package dev.emporium.platform.openapi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The platform's part of every servlet service's OpenAPI document (see {@link PlatformOpenApi}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

    @Bean
    PlatformOpenApi platformOpenApi(OpenApiProperties properties) {
        return new PlatformOpenApi(properties);
    }

    @Bean
    DeclaredProblems declaredProblems() {
        return new DeclaredProblems();
    }
}

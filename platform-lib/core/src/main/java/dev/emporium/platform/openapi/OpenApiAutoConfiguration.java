package dev.emporium.platform.openapi;

import dev.emporium.platform.security.InternalScopes;
import org.springframework.beans.factory.ObjectProvider;
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
    PlatformOpenApi platformOpenApi(OpenApiProperties properties, ObjectProvider<InternalScopes> internalScopes) {
        return new PlatformOpenApi(properties, internalScopes.orderedStream().flatMap(scopes -> scopes.rules().stream()).toList());
    }

    @Bean
    DeclaredProblems declaredProblems() {
        return new DeclaredProblems();
    }
}

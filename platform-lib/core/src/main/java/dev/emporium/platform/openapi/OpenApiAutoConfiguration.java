package dev.emporium.platform.openapi;

import dev.emporium.platform.openapi.PlatformOpenApi.Audience;
import dev.emporium.platform.security.InternalScopes;
import java.util.List;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The platform's part of every servlet service's OpenAPI documents (see {@link PlatformOpenApi}): the public one at
 * {@code /v3/api-docs}, without {@code /internal/**}, and, for a service with internal endpoints (one that declares
 * {@link InternalScopes}), the internal one at {@code /v3/api-docs/internal} with only those.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

    /** The springdoc group of the internal document, served at {@code /v3/api-docs/internal}. */
    public static final String INTERNAL_GROUP = "internal";

    /** Customises the default document only: a customizer bean that is not global leaves the groups alone. */
    @Bean
    PlatformOpenApi platformOpenApi(OpenApiProperties properties, ObjectProvider<InternalScopes> internalScopes) {
        return new PlatformOpenApi(properties, rulesOf(internalScopes), Audience.PUBLIC);
    }

    @Bean
    InternalHandlers internalHandlersLeftOutOfThePublicDocument(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return new InternalHandlers(mappings);
    }

    /**
     * Every internal path needs an {@link InternalScopes} rule (or it is refused to everyone), so a service without
     * one has no internal endpoints to document.
     */
    @Bean
    @ConditionalOnBean(InternalScopes.class)
    GroupedOpenApi internalApiDocument(OpenApiProperties properties, ObjectProvider<InternalScopes> internalScopes) {
        return GroupedOpenApi.builder().group(INTERNAL_GROUP).displayName(properties.title() + " (internal)")
                .pathsToMatch("/internal/**")
                .addOpenApiCustomizer(new PlatformOpenApi(properties, rulesOf(internalScopes), Audience.INTERNAL))
                .build();
    }

    @Bean
    DeclaredProblems declaredProblems() {
        return new DeclaredProblems();
    }

    private static List<InternalScopes.Rule> rulesOf(ObjectProvider<InternalScopes> internalScopes) {
        return internalScopes.orderedStream().flatMap(scopes -> scopes.rules().stream()).toList();
    }
}

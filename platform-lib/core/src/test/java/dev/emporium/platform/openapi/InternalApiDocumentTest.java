package dev.emporium.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.security.InternalScopes;
import org.junit.jupiter.api.Test;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Only a service with internal endpoints (it declares InternalScopes) serves an internal document. */
class InternalApiDocumentTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OpenApiAutoConfiguration.class));

    @Test
    void servesNoInternalDocumentForAServiceWithoutInternalEndpoints() {
        runner.run(context -> assertThat(context).hasSingleBean(PlatformOpenApi.class).doesNotHaveBean(GroupedOpenApi.class));
    }

    @Test
    void servesTheInternalDocumentForAServiceThatDeclaresInternalScopes() {
        runner.withBean(InternalScopes.class, () -> InternalScopes.require("things:reserve", "/internal/things/**"))
                .run(context -> {
                    GroupedOpenApi group = context.getBean(GroupedOpenApi.class);
                    assertThat(group.getGroup()).isEqualTo(OpenApiAutoConfiguration.INTERNAL_GROUP);
                    assertThat(group.getPathsToMatch()).containsExactly("/internal/**");
                });
    }
}

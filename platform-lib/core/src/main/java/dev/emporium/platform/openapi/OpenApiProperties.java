package dev.emporium.platform.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service says about its API in its OpenAPI document.
 *
 * @param title       e.g. "Emporium catalog API"
 * @param description what the API is for, in a paragraph (Markdown)
 * @param version     semantic version of the document; a breaking change needs a new major version and an entry
 *                    in {@code docs/api/CHANGELOG.md}
 */
@ConfigurationProperties("emporium.api")
public record OpenApiProperties(
        @DefaultValue("Emporium API") String title,
        @DefaultValue("") String description,
        @DefaultValue("1.0.0") String version) {
}

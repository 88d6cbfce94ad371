package dev.emporium.platform.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service says about its API in its OpenAPI documents.
 *
 * @param title       e.g. "Emporium catalog API"
 * @param description what the API is for, in a paragraph (Markdown)
 * @param version     semantic version of the public document; a breaking change needs a new major version and an
 *                    entry in {@code docs/api/CHANGELOG.md}
 * @param internal    the internal document ({@code /internal/**}), for a service that has such endpoints
 */
@ConfigurationProperties("emporium.api")
public record OpenApiProperties(
        @DefaultValue("Emporium API") String title,
        @DefaultValue("") String description,
        @DefaultValue("1.0.0") String version,
        @DefaultValue Internal internal) {

    /**
     * The internal document is a contract between services, versioned on its own: a breaking change of it needs a
     * new major version here and an entry {@code ## <service> internal <version>} in {@code docs/api/CHANGELOG.md},
     * and nothing of the public document changes.
     *
     * @param description what the internal endpoints are for (a platform text when blank); the title is the public
     *                    one followed by "(internal)"
     * @param version     semantic version of the internal document
     */
    public record Internal(@DefaultValue("") String description, @DefaultValue("1.0.0") String version) {
    }
}

package dev.emporium.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicTextTest {

    @Test
    void replacesQualifiedClassNames() {
        assertThat(PublicText.withoutInternals(
                "Cannot deserialize value of type `dev.emporium.catalog.product.ProductRequest` from Array value"))
                .isEqualTo("Cannot deserialize value of type value from Array value");
    }

    @Test
    void replacesNamesUnderOurLibrariesPackages() {
        assertThat(PublicText.withoutInternals("failed in tools.jackson.databind.deser and java.lang.Integer"))
                .doesNotContain("tools.jackson").doesNotContain("java.lang");
    }

    @Test
    void removesLoopbackUrls() {
        assertThat(PublicText.withoutInternals("Couldn't retrieve remote JWK set: http://127.0.0.1:8081/.well-known/jwks.json"))
                .doesNotContain("127.0.0.1").doesNotContain("jwks.json");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String detail = "The product was changed by someone else (now version 3); reload it and apply your change again";
        assertThat(PublicText.withoutInternals(detail)).isEqualTo(detail);
    }
}

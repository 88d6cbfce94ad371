package dev.emporium.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.openapi.PlatformProblems.Access;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/** Who may call an operation, as documented, follows the same PublicPaths the gateway and the services enforce. */
class OperationAccessTest {

    @Test
    void documentsGuestCartCallsOfAnyMethodAsTokenOptional() {
        assertThat(PlatformOpenApi.accessOf("/api/v1/cart", HttpMethod.GET)).isEqualTo(Access.TOKEN_OPTIONAL);
        assertThat(PlatformOpenApi.accessOf("/api/v1/cart/items", HttpMethod.POST)).isEqualTo(Access.TOKEN_OPTIONAL);
        assertThat(PlatformOpenApi.accessOf("/api/v1/cart/items/{sku}", HttpMethod.PATCH)).isEqualTo(Access.TOKEN_OPTIONAL);
        assertThat(PlatformOpenApi.accessOf("/api/v1/cart/items/{sku}", HttpMethod.DELETE)).isEqualTo(Access.TOKEN_OPTIONAL);
    }

    @Test
    void documentsTheCartMergeAsSignedIn() {
        assertThat(PlatformOpenApi.accessOf("/api/v1/cart/merge", HttpMethod.POST)).isEqualTo(Access.SIGNED_IN);
    }
}

package dev.emporium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

class AuthenticatedUserTest {

    @Test
    void readsTheUserFromAUsersToken() {
        UUID id = UUID.randomUUID();
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").subject(id.toString()).claim("email", "a@b.c")
                .claim("roles", List.of("CUSTOMER")).build();

        assertThat(AuthenticatedUser.from(token)).isEqualTo(new AuthenticatedUser(id, "a@b.c", List.of("CUSTOMER")));
    }

    @Test
    void refusesAServiceTokenAsAUser() {
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").subject("checkout").claim("token_use", "service")
                .claim("scope", "inventory:reserve").build();

        assertThatThrownBy(() -> AuthenticatedUser.from(token)).isInstanceOf(AccessDeniedException.class);
    }
}

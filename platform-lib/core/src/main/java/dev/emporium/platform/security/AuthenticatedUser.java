package dev.emporium.platform.security;

import dev.emporium.platform.api.TokenClaims;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller as the access token describes it. */
public record AuthenticatedUser(UUID id, String email, List<String> roles) {

    public static AuthenticatedUser from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        return new AuthenticatedUser(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString(TokenClaims.EMAIL),
                roles == null ? List.of() : roles);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }
}

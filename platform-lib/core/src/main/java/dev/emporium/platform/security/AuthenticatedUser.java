package dev.emporium.platform.security;

import dev.emporium.platform.api.TokenClaims;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller as the access token describes it. */
public record AuthenticatedUser(UUID id, String email, List<String> roles) {

    /** A service token names no user: refused with 403 (a service reaching a user endpoint its rules left open). */
    public static AuthenticatedUser from(Jwt jwt) {
        if (TokenClaims.TOKEN_USE_SERVICE.equals(jwt.getClaimAsString(TokenClaims.TOKEN_USE))) {
            throw new AccessDeniedException("A service token names no user");
        }
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        return new AuthenticatedUser(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString(TokenClaims.EMAIL),
                roles == null ? List.of() : roles);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }
}

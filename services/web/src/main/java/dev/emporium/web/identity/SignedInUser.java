package dev.emporium.web.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import dev.emporium.platform.api.TokenClaims;
import dev.emporium.platform.security.Roles;
import java.io.Serial;
import java.io.Serializable;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in, as the session's Spring Security principal (the pages greet them, {@code /admin} needs ADMIN).
 * Their tokens are kept apart ({@link SessionTokens}) and never rendered.
 */
public record SignedInUser(UUID id, String email, String name, Set<String> roles) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /**
     * Read from the claims of the access token identity just issued to the storefront, over the storefront's own
     * connection to identity: nothing in between could have changed it, so its signature is not checked here (every
     * service checks it when the token is used).
     */
    static SignedInUser fromAccessToken(String accessToken) {
        try {
            JWTClaimsSet claims = JWTParser.parse(accessToken).getJWTClaimsSet();
            List<String> roles = claims.getStringListClaim(TokenClaims.ROLES);
            return new SignedInUser(UUID.fromString(claims.getSubject()), claims.getStringClaim(TokenClaims.EMAIL),
                    claims.getStringClaim(TokenClaims.NAME), roles == null ? Set.of() : Set.copyOf(roles));
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Identity issued an access token the storefront cannot read", e);
        }
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    List<GrantedAuthority> authorities() {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}

package dev.emporium.platform.security;

import dev.emporium.platform.api.TokenClaims;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may do what by the kind of token: service tokens (client credentials, {@code token_use=service}) are good
 * for {@code /internal/**} only, user tokens everywhere else.
 */
public final class ServiceTokenAuthorization {

    public static final String INTERNAL_PREFIX = "/internal/";
    public static final String INTERNAL_PATHS = "/internal/**";
    /** A scope's authority: {@code SCOPE_inventory:reserve}. */
    public static final String SCOPE_PREFIX = "SCOPE_";

    private ServiceTokenAuthorization() {
    }

    public static boolean isServiceToken(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token
                && TokenClaims.TOKEN_USE_SERVICE.equals(token.getToken().getClaimAsString(TokenClaims.TOKEN_USE));
    }

    /** A service token holding the scope. */
    static AuthorizationManager<RequestAuthorizationContext> serviceWithScope(String scope) {
        String authority = SCOPE_PREFIX + scope;
        return (authentication, context) -> decide(authentication, a -> isServiceToken(a)
                && a.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority())));
    }

    /** Anyone signed in with a user's token (not a service token). */
    static AuthorizationManager<RequestAuthorizationContext> user() {
        return (authentication, context) -> decide(authentication, a -> a instanceof JwtAuthenticationToken && !isServiceToken(a));
    }

    private static AuthorizationResult decide(Supplier<? extends Authentication> authentication,
            java.util.function.Predicate<Authentication> rule) {
        Authentication a = authentication.get();
        return new AuthorizationDecision(a != null && a.isAuthenticated() && rule.test(a));
    }
}

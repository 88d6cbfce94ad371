package dev.emporium.platform.security;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.api.TokenClaims;
import dev.emporium.platform.web.ApiException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The service calling an internal endpoint, as its service token says, and the end user it calls for: the
 * {@code X-On-Behalf-Of} header, believed because a valid service token vouches for it. A handler under
 * {@code /internal/**} takes it as a parameter: {@code Reservation reserve(ServiceCaller caller, ...)}.
 *
 * @param service the calling service's name (the token's {@code sub} and {@code client_id})
 * @param scopes what the token allows
 * @param onBehalfOf the end user's id, when the caller named one
 */
public record ServiceCaller(String service, Set<String> scopes, Optional<UUID> onBehalfOf) {

    /** The caller of a request carrying this (service) token and this {@code X-On-Behalf-Of} value, if any. */
    public static ServiceCaller from(Jwt token, String onBehalfOfHeader) {
        if (!TokenClaims.TOKEN_USE_SERVICE.equals(token.getClaimAsString(TokenClaims.TOKEN_USE))) {
            throw new IllegalArgumentException("Not a service token");
        }
        String scope = token.getClaimAsString(TokenClaims.SCOPE);
        Set<String> scopes = scope == null ? Set.of()
                : Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new ServiceCaller(token.getSubject(), scopes, onBehalfOf(onBehalfOfHeader));
    }

    /** The user, or 400 when the caller sent none: for endpoints that act only for someone. */
    public UUID requireUser() {
        return onBehalfOf.orElseThrow(() -> ApiException.invalidField(HeaderNames.ON_BEHALF_OF,
                "must name the user this call is made for"));
    }

    private static Optional<UUID> onBehalfOf(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            UUID user = UUID.fromString(header.strip());
            if (!user.toString().equalsIgnoreCase(header.strip())) {
                throw new IllegalArgumentException("Not canonical");
            }
            return Optional.of(user);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(HeaderNames.ON_BEHALF_OF, "must be a user id (a UUID)");
        }
    }
}

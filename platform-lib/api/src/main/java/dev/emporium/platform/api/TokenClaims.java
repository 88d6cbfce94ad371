package dev.emporium.platform.api;

/** Issuer, audience and claims of an Emporium access token, as identity issues them and everyone checks them. */
public final class TokenClaims {

    public static final String ISSUER = "emporium-identity";
    public static final String AUDIENCE = "emporium";
    public static final String ROLES = "roles";
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    /** The refresh-token family (session) the access token was issued for. */
    public static final String SESSION = "sid";

    /**
     * Marks what a token stands for: {@link #TOKEN_USE_SERVICE} on the client-credentials tokens identity issues to
     * services (then {@code sub} and {@link #CLIENT_ID} are the service's name, and there is no {@link #ROLES}
     * claim); absent on a user's access token.
     */
    public static final String TOKEN_USE = "token_use";
    public static final String TOKEN_USE_SERVICE = "service";
    /** The OAuth2 client the token was issued to (RFC 9068 / RFC 8693). */
    public static final String CLIENT_ID = "client_id";
    /** Space-separated scopes of a service token (RFC 8693 §4.2), e.g. {@code inventory:reserve}. */
    public static final String SCOPE = "scope";

    private TokenClaims() {
    }
}

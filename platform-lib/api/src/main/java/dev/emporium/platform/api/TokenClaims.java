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

    private TokenClaims() {
    }
}

package dev.emporium.platform.security;

/** The roles an Emporium user can hold. */
public final class Roles {
    public static final String CUSTOMER = "CUSTOMER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}

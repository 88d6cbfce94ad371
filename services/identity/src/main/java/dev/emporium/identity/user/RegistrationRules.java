package dev.emporium.identity.user;

/** The limits a new account's fields must respect. */
public final class RegistrationRules {
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Long passphrases are welcome; the cap only stops hashing megabytes of input. */
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Something@something.tld, no spaces: stricter than RFC 5322 on purpose, it is what deliverable looks like. */
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$";

    private RegistrationRules() {
    }
}

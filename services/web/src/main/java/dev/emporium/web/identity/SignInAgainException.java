package dev.emporium.web.identity;

/** A service refused the customer's token (their session at identity ended): they are signed out and must sign in again. */
public class SignInAgainException extends RuntimeException {
    public SignInAgainException() {
        super("The customer's token was refused", null, false, false);
    }
}

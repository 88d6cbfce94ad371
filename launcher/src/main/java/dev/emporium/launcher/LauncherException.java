package dev.emporium.launcher;

/** A failure the user can act on: its message is printed as is (no stack trace) and the launcher exits with 1. */
public class LauncherException extends RuntimeException {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.emporium.launcher.infra;

import dev.emporium.launcher.LauncherException;

/** A component did not start; the launcher shows the end of that component's log with the message. */
public class ComponentFailedException extends LauncherException {

    private final String component;

    public ComponentFailedException(String component, String message) {
        super(message);
        this.component = component;
    }

    public ComponentFailedException(String component, String message, Throwable cause) {
        super(message, cause);
        this.component = component;
    }

    public String component() {
        return component;
    }
}

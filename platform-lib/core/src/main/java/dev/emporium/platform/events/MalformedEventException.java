package dev.emporium.platform.events;

/** An event that can never be handled as it is: it goes straight to the dead-letter topic, without retries. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}

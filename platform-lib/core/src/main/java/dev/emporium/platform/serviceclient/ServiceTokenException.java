package dev.emporium.platform.serviceclient;

/** No service token could be had: identity refused (with the OAuth2 error it gave) or did not answer. */
public class ServiceTokenException extends RuntimeException {

    public ServiceTokenException(String message) {
        super(message);
    }

    public ServiceTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}

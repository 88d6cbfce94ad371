package dev.emporium.gateway.requestsize;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/** A request body beyond the gateway's size limit; answered with a 413 problem. */
public class PayloadTooLargeException extends ResponseStatusException {

    public PayloadTooLargeException(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body exceeds the limit of " + limit.toBytes() + " bytes.");
    }
}

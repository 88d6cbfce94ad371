package dev.emporium.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** The stable {@code code} values of problems the gateway itself answers with. */
public final class ProblemCodes {

    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String CORS_REJECTED = "CORS_REJECTED";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String BAD_GATEWAY = "BAD_GATEWAY";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String GATEWAY_TIMEOUT = "GATEWAY_TIMEOUT";

    private ProblemCodes() {
    }

    /** The code for a status raised by the framework rather than by one of the gateway's own decisions. */
    public static String forStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? INTERNAL_ERROR : BAD_REQUEST;
        }
        return switch (known) {
            case UNAUTHORIZED -> UNAUTHORIZED;
            case FORBIDDEN -> FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
            case CONTENT_TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY_REQUESTS -> RATE_LIMITED;
            case BAD_GATEWAY -> BAD_GATEWAY;
            case SERVICE_UNAVAILABLE -> SERVICE_UNAVAILABLE;
            case GATEWAY_TIMEOUT -> GATEWAY_TIMEOUT;
            default -> known.is5xxServerError() ? INTERNAL_ERROR : known.name();
        };
    }
}

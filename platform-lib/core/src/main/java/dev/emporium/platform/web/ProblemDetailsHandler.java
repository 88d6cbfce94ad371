package dev.emporium.platform.web;

import dev.emporium.platform.api.ProblemCodes;
import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.apache.tomcat.util.http.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error leaving a service is an RFC 9457 problem with {@code code} and {@code traceId}. Bad input is a 4xx
 * that names what is wrong; anything unexpected is a 500 that reveals nothing but the trace id.
 */
@RestControllerAdvice
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    private final Problems problems;

    public ProblemDetailsHandler(Problems problems) {
        this.problems = problems;
    }

    /**
     * Enum parameters accept their exact names only, as enums in JSON bodies do ({@link StrictJson}): Spring would
     * trim {@code ?status=ACTIVE%20} and accept it. Registered for {@code Enum}, the editor applies to every enum.
     */
    @InitBinder
    void exactEnumNames(WebDataBinder binder) {
        binder.registerCustomEditor(Enum.class, new UnpaddedText());
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApiException(ApiException e) {
        ProblemDetail problem = problems.create(e.status(), e.code(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        e.headers().forEach(headers::set);
        return problemResponse(problem, headers);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleStaleWrite(OptimisticLockingFailureException e) {
        return problemResponse(problems.create(HttpStatus.PRECONDITION_FAILED, ProblemCodes.STALE_VERSION,
                "The resource was changed by someone else; reload it and try again"), new HttpHeaders());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleConflict(DataIntegrityViolationException e) {
        log.info("Write refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problemResponse(problems.create(HttpStatus.CONFLICT, ProblemCodes.CONFLICT,
                "The request conflicts with the current state of the resource"), new HttpHeaders());
    }

    /**
     * The service's database or Redis is down, out of connections (the pool's wait ran out) or timed out, or a lock
     * conflict outlasted its retries: the same request may work in a moment, so 503 with {@code Retry-After}, not 500.
     */
    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class })
    ResponseEntity<Object> handleUnavailableStore(Exception e, HttpServletRequest request) {
        log.warn("Store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return problemResponse(problems.create(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                "The service is overloaded or one of its stores is unavailable; try again shortly"), headers);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException e) {
        List<Problems.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problemResponse(problems.validationFailed("The request has invalid fields", errors), new HttpHeaders());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException e) {
        return problemResponse(problems.create(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "You may not do this"), new HttpHeaders());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException e) {
        return problemResponse(problems.create(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHORIZED, "Authentication required"),
                new HttpHeaders());
    }

    /** Spring Security's firewall refused the request (a header value with characters outside visible ASCII...). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> handleRejected(RequestRejectedException e) {
        return problemResponse(problems.create(HttpStatus.BAD_REQUEST, ProblemCodes.BAD_REQUEST,
                "The request has a header, path or parameter this service does not accept (header values must be visible ASCII)"),
                new HttpHeaders());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known) {
            return problemResponse(problems.enrich(known.getBody(), codeFor(known.getStatusCode())), known.getHeaders());
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problemResponse(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR,
                "Something went wrong on our side; quote the traceId if you contact us"), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problemResponse(problems.validationFailed("The request has invalid fields", fieldErrors(e.getBindingResult())),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                new Problems.FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return problemResponse(problems.validationFailed("The request has invalid parameters", errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = findCause(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return problemResponse(problems.create(HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE,
                    tooLarge.getMessage()), headers);
        }
        JacksonException binding = findCause(e, MismatchedInputException.class);
        if (binding == null) {
            binding = findCause(e, InputCoercionException.class);
        }
        if (binding != null) {
            Problems.FieldError error = JsonInput.fieldError(binding);
            if (!error.field().isEmpty()) {
                return problemResponse(problems.validationFailed("The request has invalid fields", List.of(error)), headers);
            }
            // The body as a whole has the wrong shape ([] or "text" where an object is expected).
            return problemResponse(problems.create(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "The request body " + error.message()), headers);
        }
        StreamReadException parsing = findCause(e, StreamReadException.class);
        String detail = parsing != null ? "Malformed JSON: " + parsing.getOriginalMessage()
                : "The request body is missing or unreadable";
        return problemResponse(problems.create(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, detail), headers);
    }

    /** Tomcat parses parameters lazily and fails on invalid percent-encoding or UTF-8 when they are first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleInvalidParameters(InvalidParameterException e) {
        HttpStatus status = HttpStatus.resolve(e.getErrorCode());
        if (status == null || !status.is4xxClientError()) {
            status = HttpStatus.BAD_REQUEST;
        }
        return problemResponse(problems.create(status, status == HttpStatus.BAD_REQUEST ? ProblemCodes.MALFORMED_REQUEST
                : ProblemCodes.forStatus(status.value()), "The request parameters are not valid percent-encoded UTF-8"),
                new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "a valid value" : JsonInput.expected(e.getRequiredType());
        return problemResponse(problems.validationFailed("The request has invalid parameters",
                List.of(new Problems.FieldError(name, "must be " + expected))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(status, e.getMessage());
        return problemResponse(problems.enrich(problem, codeFor(status, e)), headers);
    }

    private ResponseEntity<Object> problemResponse(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).contentType(Problems.PROBLEM_JSON)
                .body(Problems.asMap(problem));
    }

    private static String codeFor(HttpStatusCode status, Exception e) {
        if (e instanceof NoResourceFoundException) {
            return ProblemCodes.NOT_FOUND;
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return ProblemCodes.METHOD_NOT_ALLOWED;
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return ProblemCodes.UNSUPPORTED_MEDIA_TYPE;
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return ProblemCodes.NOT_ACCEPTABLE;
        }
        if (e instanceof MissingServletRequestParameterException || e instanceof MissingRequestHeaderException) {
            return ProblemCodes.VALIDATION_FAILED;
        }
        return codeFor(status);
    }

    static String codeFor(HttpStatusCode status) {
        return ProblemCodes.forStatus(status.value());
    }

    private static List<Problems.FieldError> fieldErrors(BindingResult result) {
        List<Problems.FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(new Problems.FieldError(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(new Problems.FieldError(error.getObjectName(), error.getDefaultMessage())));
        return errors;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static <T extends Throwable> T findCause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }


    /** Passes text on unchanged (Spring then finds the constant by name) unless it is padded with whitespace. */
    private static final class UnpaddedText extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (!text.equals(text.strip())) {
                throw new IllegalArgumentException("Not an exact constant name");
            }
            setValue(text.isEmpty() ? null : text);
        }
    }
}

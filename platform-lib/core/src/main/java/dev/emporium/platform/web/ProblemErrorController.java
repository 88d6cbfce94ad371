package dev.emporium.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (the servlet container, filters) land on {@code /error}: answer them as
 * problems too, instead of Boot's default error body, and never with a stack trace.
 */
// Not part of the public API document: the error path, or an operator's endpoint on the service's own port
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    private final Problems problems;

    public ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status.is5xxServerError() ? "Something went wrong on our side; quote the traceId if you contact us"
                : status.getReasonPhrase();
        return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON)
                .body(Problems.asMap(problems.create(status, ProblemDetailsHandler.codeFor(status), detail)));
    }
}

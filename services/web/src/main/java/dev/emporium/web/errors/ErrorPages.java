package dev.emporium.web.errors;

import dev.emporium.web.identity.SignInAgainException;
import dev.emporium.web.layout.LayoutAdvice;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UriUtils;

/**
 * Every failure of a page is a page: the storefront's header and footer, what happened in the shopper's language,
 * and the request id to quote; never a stack trace, a blank page or a JSON problem. Ahead of platform-core's
 * problem handler, which answers the services' API clients. (Failures outside Spring MVC, which the servlet
 * container sends to {@code /error}, such as a URL it cannot decode, still get platform-core's problem.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final LayoutAdvice layout;

    ErrorPages(LayoutAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler({ PageNotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, HttpStatus.NOT_FOUND, "error.not-found");
    }

    @ExceptionHandler(UpstreamUnavailableException.class)
    ModelAndView unavailable(UpstreamUnavailableException e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("A page could not be shown: {}", e.getMessage());
        response.setHeader("Retry-After", "5");
        return page(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable");
    }

    /** The customer's session at identity ended: sign in again, then back to where they were. */
    @ExceptionHandler(SignInAgainException.class)
    ModelAndView signInAgain(HttpServletRequest request) {
        String back = "GET".equals(request.getMethod()) ? request.getRequestURI()
                : request.getRequestURI().startsWith("/admin") ? "/admin" : "/cart";
        return new ModelAndView("redirect:/login?expired=true&next=" + UriUtils.encode(back, StandardCharsets.UTF_8));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView wrongMethod(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, HttpStatus.METHOD_NOT_ALLOWED, "error.bad-request");
    }

    @ExceptionHandler({ TypeMismatchException.class, MissingRequestValueException.class, ServletRequestBindingException.class,
            HttpMediaTypeException.class })
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.debug("Bad request: {}", e.getMessage());
        return page(request, response, HttpStatus.BAD_REQUEST, "error.bad-request");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("A page failed", e);
        return page(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.failed");
    }

    private ModelAndView page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("reason", reason);
        page.addObject("requestId", request.getAttribute("requestId"));
        try {
            page.addObject("layout", layout.of(request));
        } catch (RuntimeException e) {
            log.warn("The error page is shown without its header: {}", e.getMessage());
        }
        return page;
    }
}

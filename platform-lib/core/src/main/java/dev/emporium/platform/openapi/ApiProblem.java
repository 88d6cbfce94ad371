package dev.emporium.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem an operation answers with because of its own rules, documented in its OpenAPI responses as
 * {@code application/problem+json} with these {@code code}s. The problems every operation can meet (bad syntax,
 * missing token, rate limit, 5xx...) are documented by the platform and need no annotation.
 *
 * <pre>{@code @ApiProblem(status = 409, codes = "EMAIL_TAKEN", when = "the email belongs to an account already")}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ApiProblems.class)
public @interface ApiProblem {

    int status();

    /** The stable {@code code}s of the problem body, e.g. {@code EMAIL_TAKEN}. */
    String[] codes();

    /** When it happens, as a client reads it: "the email belongs to an account already". */
    String when();
}

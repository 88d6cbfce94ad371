package dev.emporium.catalog.product;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * A product image: a path on this site ({@code /api/v1/products/linen-shirt/images/1}) or an {@code https} URL with
 * a host. Storefronts put it in {@code <img src>} as is, so nothing that a browser could resolve elsewhere or run is
 * accepted: no {@code //host} or {@code /\host} (another site), no backslashes, no {@code ..} segments (plain or
 * encoded), no other scheme ({@code javascript:}, {@code data:}, {@code http:}), no whitespace or control characters.
 */
@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ImageUrl.Validator.class)
public @interface ImageUrl {

    String message() default "must be a path on this site (/...) or an https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ImageUrl, String> {

        /** RFC 3986 path, query and fragment characters (and percent escapes), nothing else. */
        private static final Pattern URL_CHARACTERS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#%]+");
        private static final Pattern PERCENT_ESCAPES = Pattern.compile("(%[0-9A-Fa-f]{2}|[^%])*");
        private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)(\\.|%2e){1,2}(/|$|\\?|#)",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern ENCODED_SEPARATOR = Pattern.compile("%(2f|5c|00)", Pattern.CASE_INSENSITIVE);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isAcceptable(value);
        }

        static boolean isAcceptable(String value) {
            if (!URL_CHARACTERS.matcher(value).matches() || !PERCENT_ESCAPES.matcher(value).matches()
                    || ENCODED_SEPARATOR.matcher(value).find()) {
                return false;
            }
            if (value.startsWith("/")) {
                return !value.startsWith("//") && !DOT_SEGMENT.matcher(value).find();
            }
            if (!value.startsWith("https://")) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                return uri.getHost() != null && uri.getRawUserInfo() == null && !DOT_SEGMENT.matcher(path).find();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}

package dev.emporium.platform.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Arrays;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * A {@code @NotBlank} or {@code @NotEmpty} string is at least one character long: springdoc writes {@code @Size}'s
 * default minimum of 0 over it, so the document would allow the empty string the service refuses.
 */
final class NotBlankLength implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        boolean notBlank = type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
                .anyMatch(annotation -> annotation instanceof NotBlank || annotation instanceof NotEmpty);
        if (notBlank && property.getTypes() != null && property.getTypes().contains("string")
                && (property.getMinLength() == null || property.getMinLength() < 1)) {
            property.setMinLength(1);
        }
        return property;
    }
}

package dev.emporium.catalog.product;

import dev.emporium.catalog.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as an admin sends it (create, full replace). Field rules here; rules across fields (the base currency
 * is priced, SKUs are unique, currencies are supported) in {@link ProductValidation}.
 *
 * @param version the version the admin edited (or send {@code If-Match}); required on updates
 */
public record ProductRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by dashes") String slug,
        @NotNull @Size(max = 10_000) String description,
        @NotBlank @Size(max = 100) String brand,
        @NotNull UUID categoryId,
        @Size(max = 50) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 500) String> attributes,
        @Size(max = 20) List<@NotBlank @Size(max = 500) @ImageUrl String> images,
        ProductStatus status,
        @Min(0) @Max(1_000_000) Integer weightGrams,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid VariantRequest> variants,
        @Min(0) Long version) {

    /** @param price shorthand for one explicit price; {@code prices} may set more */
    public record VariantRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain letters, digits, dots, dashes and underscores") String sku,
            @Size(max = 10) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 100) String> attributes,
            @Valid MoneyRequest price,
            @Size(max = 10) List<@NotNull @Valid MoneyRequest> prices) {
    }

    public record MoneyRequest(
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @DecimalMax("1000000.00")
            @Digits(integer = 7, fraction = 4) BigDecimal amount,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {
    }
}

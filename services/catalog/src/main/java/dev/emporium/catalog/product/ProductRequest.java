package dev.emporium.catalog.product;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "A product as an admin creates or replaces it.")
public record ProductRequest(
        @Schema(example = "Linen Shirt") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Lower-case words joined by dashes; made from the name when absent.", example = "linen-shirt")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by dashes") String slug,
        @Schema(example = "A breathable shirt of washed linen.") @NotNull @Size(max = 10_000) String description,
        @Schema(example = "Northwind") @NotBlank @Size(max = 100) String brand,
        @Schema(description = "The category's id.", example = "0b7e7f34-6a43-4c8e-9a0e-6f1b2f6c1d11") @NotNull UUID categoryId,
        @Schema(description = "Up to 50 product attributes, shown on the product page.", example = "{\"material\": \"linen\"}")
        @Size(max = 50) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 500) String> attributes,
        @Schema(description = "Up to 20 image URLs (https, or paths of this shop).", example = "[\"/api/v1/products/linen-shirt/images/1\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 500) @ImageUrl String> images,
        @Schema(description = "DRAFT (default on create), ACTIVE (for sale) or ARCHIVED.") ProductStatus status,
        @Schema(description = "Shipping weight in grams.", example = "250") @Min(0) @Max(1_000_000) Integer weightGrams,
        @Schema(description = "1 to 100 variants, each with a unique SKU.") @NotEmpty @Size(max = 100) List<@NotNull @Valid VariantRequest> variants,
        @Schema(description = "The version edited (or send `If-Match`); required on updates.", example = "3") @Min(0) Long version) {

    /** @param price shorthand for one explicit price; {@code prices} may set more */
    @Schema(description = "A variant (size, colour, format...) with its own SKU and price.")
    public record VariantRequest(
            @Schema(description = "Unique across the catalog.", example = "LINEN-SHIRT-M")
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain letters, digits, dots, dashes and underscores") String sku,
            @Schema(description = "What tells this variant apart.", example = "{\"size\": \"M\", \"colour\": \"sand\"}")
            @Size(max = 10) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 100) String> attributes,
            @Schema(description = "One explicit price; the base currency (USD) must be priced, here or in `prices`.") @Valid MoneyRequest price,
            @Schema(description = "Explicit prices per currency; currencies left out are derived from USD by the rate table.")
            @Size(max = 10) List<@NotNull @Valid MoneyRequest> prices) {
    }

    @Schema(description = "An exact price: `{\"amount\": \"19.99\", \"currency\": \"USD\"}`.")
    public record MoneyRequest(
            @Schema(types = { "string", "number" }, description = "A decimal string (a JSON number is accepted too), 0 to 1000000.",
                    example = "19.99")
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @DecimalMax("1000000.00")
            @Digits(integer = 7, fraction = 4) BigDecimal amount,
            @Schema(description = "USD, EUR or GBP.", example = "USD")
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {
    }
}

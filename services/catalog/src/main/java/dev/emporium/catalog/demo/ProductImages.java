package dev.emporium.catalog.demo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.emporium.catalog.product.ProductQueries;
import dev.emporium.catalog.product.ProductStatus;
import dev.emporium.catalog.product.ProductView;
import dev.emporium.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product pictures made here, as SVG, from the product's name and brand: the demo shop needs no image files and no
 * outside URLs. The same product and number always give the same picture.
 */
@Tag(name = "Products")
@RestController
class ProductImages {

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final ProductQueries queries;

    ProductImages(ProductQueries queries) {
        this.queries = queries;
    }

    @Operation(operationId = "getProductImage", summary = "Get a demo product image",
            description = "An SVG picture drawn for a demo product (numbers 1 to 4); the same product and number always "
                    + "give the same picture. Cacheable for a day.")
    @ApiResponse(responseCode = "200", description = "The picture.", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/v1/products/{idOrSlug}/images/{number}")
    ResponseEntity<byte[]> image(@Parameter(description = "The product's id or slug.", example = "linen-shirt") @PathVariable String idOrSlug,
            @Parameter(description = "Which picture, 1 to 4.", schema = @Schema(minimum = "1", maximum = "4")) @PathVariable int number) {
        ProductView product = queries.find(idOrSlug, "USD").filter(p -> p.status() == ProductStatus.ACTIVE)
                .orElseThrow(() -> ApiException.notFound("Product"));
        if (number < 1 || number > 4) {
            throw ApiException.notFound("Image");
        }
        return ResponseEntity.ok().contentType(SVG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(svg(product, number).getBytes(StandardCharsets.UTF_8));
    }

    static String svg(ProductView product, int number) {
        int hue = Math.floorMod(product.slug().hashCode() + number * 47, 360);
        String background = "hsl(" + hue + ",45%," + (number == 1 ? 88 : 78) + "%)";
        String accent = "hsl(" + hue + ",55%,38%)";
        StringBuilder text = new StringBuilder();
        List<String> lines = wrap(product.name(), 18);
        int y = 300 - (lines.size() - 1) * 22;
        for (String line : lines) {
            text.append("<text x=\"300\" y=\"").append(y).append("\" font-size=\"36\" text-anchor=\"middle\" fill=\"")
                    .append(accent).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-weight=\"600\">")
                    .append(escape(line)).append("</text>");
            y += 44;
        }
        String shape = number == 1
                ? "<circle cx=\"300\" cy=\"150\" r=\"70\" fill=\"" + accent + "\" opacity=\"0.25\"/>"
                : "<rect x=\"230\" y=\"90\" width=\"140\" height=\"120\" rx=\"24\" fill=\"" + accent + "\" opacity=\"0.25\"/>";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"600\" viewBox=\"0 0 600 600\">"
                + "<rect width=\"600\" height=\"600\" fill=\"" + background + "\"/>" + shape + text
                + "<text x=\"300\" y=\"540\" font-size=\"24\" text-anchor=\"middle\" fill=\"" + accent
                + "\" font-family=\"Helvetica, Arial, sans-serif\" letter-spacing=\"4\">" + escape(product.brand().toUpperCase())
                + "</text></svg>";
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.size() > 4 ? lines.subList(0, 4) : lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

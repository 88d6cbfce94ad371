package dev.emporium.web.product;

import dev.emporium.web.catalog.Product;
import dev.emporium.web.upstream.ApiJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org {@code Product} of a product page as JSON-LD, for search engines: name, description, brand,
 * images and one {@code Offer} per variant with its price and availability. It is written into a
 * {@code <script type="application/ld+json">} unescaped by the template, so every {@code <}, {@code >} and
 * {@code &} is written as a JSON escape: a product named {@code </script><script>...} cannot end the element.
 */
final class ProductJsonLd {

    private ProductJsonLd() {
    }

    static String of(ProductView view, String baseUrl) {
        Product product = view.product();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "Product");
        json.put("name", product.name());
        json.put("url", baseUrl + "/p/" + product.slug());
        if (product.description() != null) {
            json.put("description", product.description());
        }
        if (product.brand() != null) {
            json.put("brand", Map.of("@type", "Brand", "name", product.brand()));
        }
        if (!product.images().isEmpty()) {
            json.put("image", product.images().stream().map(image -> image.startsWith("/") ? baseUrl + image : image).toList());
        }
        List<Map<String, Object>> offers = new ArrayList<>();
        for (ProductView.VariantOption variant : view.variants()) {
            if (variant.price() == null) {
                continue;
            }
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("sku", variant.sku());
            offer.put("price", variant.price().amount().toPlainString());
            offer.put("priceCurrency", variant.price().currency());
            if (variant.stock() != ProductView.Stock.UNKNOWN) {
                offer.put("availability", variant.stock() == ProductView.Stock.OUT_OF_STOCK
                        ? "https://schema.org/OutOfStock" : "https://schema.org/InStock");
            }
            offers.add(offer);
        }
        if (!offers.isEmpty()) {
            json.put("offers", offers);
        }
        return ApiJson.write(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}

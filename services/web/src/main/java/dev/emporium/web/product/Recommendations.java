package dev.emporium.web.product;

import dev.emporium.web.StorefrontProperties;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * "Bought together" from the recommendation service ({@code GET /api/v1/recommendations/products/{id}}). That
 * service does not exist yet: without {@code emporium.services.recommendation.url} (the launcher sets it once the
 * service is in its list) nothing is called and the product page's slot stays empty.
 */
@Component
public class Recommendations {

    private final @Nullable Upstream recommendation;

    Recommendations(RestClient.Builder builder, StorefrontProperties properties,
            @Value("${emporium.services.recommendation.url:}") String url) {
        this.recommendation = url.isBlank() ? null : new Upstream("recommendation", url, builder, properties.calls());
    }

    public List<Recommended> boughtWith(UUID productId) {
        List<Recommended> found = new ArrayList<>();
        if (recommendation == null) {
            return found;
        }
        Answer answer = recommendation.get("/api/v1/recommendations/products/{productId}", productId).send();
        if (answer.ok()) {
            for (JsonNode item : answer.body().path("items")) {
                found.add(new Recommended(item.path("productId").asString(), item.path("name").asString()));
            }
        }
        return found;
    }

    /** @param productId also what its page is found by ({@code /p/{id}}) */
    public record Recommended(String productId, String name) {
    }
}

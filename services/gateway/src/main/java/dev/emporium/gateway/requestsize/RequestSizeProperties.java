package dev.emporium.gateway.requestsize;

import java.util.Comparator;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the gateway passes on ({@code emporium.gateway.max-request-size}), with larger limits for
 * some path prefixes ({@code emporium.gateway.max-request-size-by-path}: admins may send long product descriptions).
 */
@ConfigurationProperties("emporium.gateway")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize maxRequestSize, Map<String, DataSize> maxRequestSizeByPath) {

    public RequestSizeProperties {
        maxRequestSizeByPath = maxRequestSizeByPath == null ? Map.of() : Map.copyOf(maxRequestSizeByPath);
    }

    /** The limit of the longest matching path prefix, else the default. */
    public DataSize limitFor(String path) {
        return maxRequestSizeByPath.entrySet().stream()
                .filter(entry -> path.equals(entry.getKey()) || path.startsWith(entry.getKey() + "/"))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(maxRequestSize);
    }
}

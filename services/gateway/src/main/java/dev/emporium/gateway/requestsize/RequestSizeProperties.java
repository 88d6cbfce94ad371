package dev.emporium.gateway.requestsize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The largest request body the gateway passes on ({@code emporium.gateway.max-request-size}). */
@ConfigurationProperties("emporium.gateway")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
}

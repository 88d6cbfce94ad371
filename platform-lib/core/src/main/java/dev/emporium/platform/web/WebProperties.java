package dev.emporium.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code emporium.web.*}. */
@ConfigurationProperties("emporium.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
}

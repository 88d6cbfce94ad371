package dev.emporium.gateway.clientaddress;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.gateway.client-address.*}: {@code trusted-proxies} are the IP addresses or CIDR ranges of proxies
 * in front of the gateway (a load balancer); only behind them does {@code X-Forwarded-For} name the client.
 */
@ConfigurationProperties("emporium.gateway.client-address")
public record ClientAddressProperties(@DefaultValue List<String> trustedProxies) {
}

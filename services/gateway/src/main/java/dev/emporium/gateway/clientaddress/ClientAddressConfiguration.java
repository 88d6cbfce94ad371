package dev.emporium.gateway.clientaddress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

    @Bean
    ClientAddresses clientAddresses(ClientAddressProperties properties) {
        return new ClientAddresses(properties.trustedProxies());
    }

    @Bean
    ForwardedForHeaderFilter forwardedForHeaderFilter(ClientAddresses clients) {
        return new ForwardedForHeaderFilter(clients);
    }
}

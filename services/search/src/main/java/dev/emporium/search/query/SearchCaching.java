package dev.emporium.search.query;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETags for search answers, so a browser or cache revalidating one gets a body-less 304 when nothing changed. */
@Configuration(proxyBeanMethods = false)
class SearchCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> searchEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/search", "/api/v1/search/suggest");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}

package dev.emporium.web.pagecache;

import dev.emporium.web.StorefrontProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    /** Behind Spring Security's filters: the CSRF token a stored page needs is this request's. */
    @Bean
    FilterRegistrationBean<AnonymousPageCache> anonymousPageCache(LocaleResolver locales, StorefrontProperties properties) {
        FilterRegistrationBean<AnonymousPageCache> registration =
                new FilterRegistrationBean<>(new AnonymousPageCache(locales, properties.pageCache()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}

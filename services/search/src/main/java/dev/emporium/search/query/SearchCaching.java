package dev.emporium.search.query;

import dev.emporium.platform.web.PublicCaching;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETags for search answers, so a browser or cache revalidating one gets a body-less 304 when nothing changed. */
@Configuration(proxyBeanMethods = false)
class SearchCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> searchEtags() {
        return PublicCaching.etagsFor("/api/v1/search", "/api/v1/search/suggest");
    }
}

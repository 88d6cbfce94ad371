package dev.emporium.web.preferences;

import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

@Configuration(proxyBeanMethods = false)
class PreferencesConfiguration implements WebMvcConfigurer {

    /** The session's language; without one, the first of English and German the browser's Accept-Language names. */
    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(request -> Collections.list(request.getLocales()).stream()
                .map(Locale::toLanguageTag).map(Preferences::language).filter(java.util.Objects::nonNull)
                .findFirst().orElse(Locale.ENGLISH));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PreferenceChanges(localeResolver())).excludePathPatterns("/assets/**", "/actuator/**");
    }
}

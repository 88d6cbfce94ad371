package dev.emporium.platform.web;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Problem details, request ids, request syntax checks and the request size limit for every servlet service. */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
@Import({ ProblemDetailsHandler.class, ProblemErrorController.class })
public class WebAutoConfiguration {

    @Bean
    Problems problems(ObjectProvider<Tracer> tracer, JsonMapper json) {
        return new Problems(tracer, json);
    }

    @Bean
    ProblemErrorReportValve.Installer problemErrorReportValve() {
        return new ProblemErrorReportValve.Installer();
    }

    @Bean
    PublicCaching publicCaching(WebProperties properties) {
        return new PublicCaching(properties.sharedCacheFreshness());
    }

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    /** Runs before Spring Security, so even a 401 carries the request id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After the request id (so refusals carry it), before security and MVC (which would choke on the request). */
    @Bean
    FilterRegistrationBean<RequestSyntaxFilter> requestSyntaxFilter(Problems problems) {
        FilterRegistrationBean<RequestSyntaxFilter> registration = new FilterRegistrationBean<>(new RequestSyntaxFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    /** After the request id and the cheap refusals of bad requests, before security and everything that costs. */
    @Bean
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(WebProperties properties, Problems problems,
            ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        Counter refused = Counter.builder("emporium.web.requests.refused")
                .description("Requests refused with 503 because the service was working on too many at once")
                .register(registry);
        ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(properties.maxConcurrentRequests(),
                properties.maxQueuedRequests(), properties.queueTimeout(), problems, refused::increment);
        Gauge.builder("emporium.web.requests.in-flight", filter, ConcurrencyLimitFilter::inFlight)
                .description("Requests the service is working on now").register(registry);
        FilterRegistrationBean<ConcurrencyLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 13);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebProperties properties, Problems problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}

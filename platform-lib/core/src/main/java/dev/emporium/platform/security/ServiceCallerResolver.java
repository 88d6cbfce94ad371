package dev.emporium.platform.security;

import dev.emporium.platform.api.HeaderNames;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives handlers a {@link ServiceCaller} parameter; a request without a service token gets 403. */
class ServiceCallerResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ServiceCaller.class;
    }

    @Override
    public ServiceCaller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Only reachable outside /internal/** by a mistake in a service's rules: refuse rather than trust a header.
        if (!ServiceTokenAuthorization.isServiceToken(authentication)) {
            throw new AccessDeniedException("Not a service token");
        }
        return ServiceCaller.from(((JwtAuthenticationToken) authentication).getToken(),
                request.getHeader(HeaderNames.ON_BEHALF_OF));
    }
}

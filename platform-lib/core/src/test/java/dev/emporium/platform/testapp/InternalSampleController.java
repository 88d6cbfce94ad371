package dev.emporium.platform.testapp;

import dev.emporium.platform.security.ServiceCaller;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Internal endpoints, for services only: they echo who called and for whom. */
@RestController
class InternalSampleController {

    @GetMapping("/internal/samples/reservations/caller")
    Map<String, Object> caller(ServiceCaller caller) {
        return Map.of("service", caller.service(), "scopes", new TreeSet<>(caller.scopes()),
                "onBehalfOf", caller.onBehalfOf().map(Object::toString).orElse(""));
    }

    @GetMapping("/internal/samples/reservations/for-user")
    Map<String, Object> forUser(ServiceCaller caller) {
        return Map.of("user", caller.requireUser().toString());
    }

    @GetMapping("/internal/samples/undeclared")
    String undeclared() {
        return "no rule names this path";
    }
}

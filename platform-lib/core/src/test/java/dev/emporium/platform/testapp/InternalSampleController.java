package dev.emporium.platform.testapp;

import dev.emporium.platform.security.ServiceCaller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Internal endpoints, for services only: they echo who called and for whom. */
@Tag(name = "Sample reservations (internal)", description = "What other services call.")
@RestController
class InternalSampleController {

    /** A body only internal operations use: its schema belongs in the internal document alone. */
    record SampleReservation(@NotBlank String sku, @Min(1) int quantity) {
    }

    @GetMapping("/internal/samples/reservations/caller")
    Map<String, Object> caller(ServiceCaller caller) {
        return Map.of("service", caller.service(), "scopes", new TreeSet<>(caller.scopes()),
                "onBehalfOf", caller.onBehalfOf().map(Object::toString).orElse(""));
    }

    @GetMapping("/internal/samples/reservations/for-user")
    Map<String, Object> forUser(ServiceCaller caller) {
        return Map.of("user", caller.requireUser().toString());
    }

    @PostMapping("/internal/samples/reservations")
    SampleReservation reserve(@Valid @RequestBody SampleReservation reservation) {
        return reservation;
    }

    @GetMapping("/internal/samples/undeclared")
    String undeclared() {
        return "no rule names this path";
    }
}

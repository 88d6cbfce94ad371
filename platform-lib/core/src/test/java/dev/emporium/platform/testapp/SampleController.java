package dev.emporium.platform.testapp;

import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.JsonInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
public class SampleController {

    private final JsonMapper json;

    SampleController(JsonMapper json) {
        this.json = json;
    }

    enum Size { S, M, L }

    record Order(@NotBlank String name, @Email @NotBlank String email, @NotNull @Min(1) @Max(99) Integer quantity,
            @NotNull Size size, List<@NotBlank String> tags) {
    }

    @PostMapping("/api/v1/public/orders")
    Order create(@Valid @RequestBody Order order) {
        return order;
    }

    @GetMapping("/api/v1/public/orders")
    List<Order> list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Size size,
            @RequestParam(required = false) String name) {
        return List.of();
    }

    /** Binds a JSON tree by hand, as a merged PATCH does. */
    @PostMapping("/api/v1/public/orders/merged")
    Order merged(@RequestBody JsonNode changes) {
        return JsonInput.treeToValue(json, changes, Order.class);
    }

    @ApiProblem(status = 409, codes = "EMAIL_TAKEN", when = "the email belongs to an account already")
    @PostMapping("/api/v1/public/conflict")
    void conflict() {
        throw new ApiException(HttpStatus.CONFLICT, "EMAIL_TAKEN", "That email is taken");
    }

    /** Holds each request until the test opens the gate: requests the service is "working on". */
    public static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> GATE =
            new java.util.concurrent.atomic.AtomicReference<>(new java.util.concurrent.CountDownLatch(0));

    @GetMapping("/api/v1/public/slow")
    String slow() throws InterruptedException {
        GATE.get().await(30, java.util.concurrent.TimeUnit.SECONDS);
        return "{}";
    }

    /** What a pool that waited its full time for a connection throws. */
    @PostMapping("/api/v1/public/store-down")
    void storeDown() {
        throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection: secret pool detail");
    }

    @PostMapping("/api/v1/public/crash")
    void crash() {
        throw new IllegalStateException("secret internal detail");
    }

    @GetMapping("/api/v1/me")
    String me() {
        return "{}";
    }

    @GetMapping("/api/v1/admin/things")
    String adminThings() {
        return "[]";
    }
}

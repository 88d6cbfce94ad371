package dev.emporium.platform.idempotency;

/**
 * One command that may be retried: who sent it ({@code caller}), to what ({@code scope}, e.g. {@code POST /api/v1/orders}),
 * under which client-chosen {@code key} (null when the client sent none), and the body it carried.
 */
public record IdempotentRequest(String scope, String caller, String key, Object body) {

    public IdempotentRequest {
        if (scope == null || scope.isBlank() || caller == null) {
            throw new IllegalArgumentException("An idempotent request needs a scope and a caller");
        }
    }
}

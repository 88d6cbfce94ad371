package dev.emporium.payment.webhook;

import dev.emporium.platform.openapi.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Provider webhooks", description = "Asynchronous notifications from payment providers, signed.")
@RestController
class WebhookController {

    private final WebhookHandler handler;

    WebhookController(WebhookHandler handler) {
        this.handler = handler;
    }

    @Operation(operationId = "receiveProviderWebhook", summary = "Receive a provider webhook",
            description = "A provider tells what happened to a payment (authorized after the customer confirmed, authentication failed "
                    + "or expired, captured, voided, refunded, disputed). Signed: `Emporium-Signature: t=<unix seconds>,v1=<hex>`, "
                    + "HMAC-SHA256 with the provider's secret over `<t>.<body>`; the timestamp must be within five minutes. Each event "
                    + "id has effect once; a late notification never takes a payment back to an earlier state. No token: the "
                    + "signature is the authentication.")
    @ApiResponse(responseCode = "200", description = "Received (and applied, unless it changes nothing).")
    @ApiProblem(status = 401, codes = { WebhookHandler.WEBHOOK_SIGNATURE_INVALID, WebhookHandler.WEBHOOK_STALE },
            when = "the signature is missing, malformed or wrong, or its timestamp is outside the replay window")
    @ApiProblem(status = 400, codes = WebhookHandler.WEBHOOK_REPLAYED, when = "this event id was received before (no effect)")
    @PostMapping(path = "/api/v1/payments/webhooks/{provider}", consumes = "application/json")
    Map<String, Object> receive(@Parameter(description = "The provider's name.", example = "card") @PathVariable String provider,
            @Parameter(description = "`t=<unix seconds>,v1=<hex HMAC-SHA256>`.", example = "t=1763892930,v1=5f1c...")
            @RequestHeader(name = "Emporium-Signature", required = false) String signature,
            @RequestBody byte[] body) {
        return handler.receive(provider, signature, body);
    }
}

package dev.emporium.cardprovider;

import dev.emporium.cardprovider.CardLedger.Authorization;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The provider's own confirmation page for payments that need the customer (3-D Secure style): a form with two
 * buttons, no script. Served in the payment service's process under a public path the gateway routes; the result
 * reaches the payment service as a signed webhook, as it would from a remote provider.
 */
@Controller
final class ConfirmationPage {

    static final String PATH = "/api/v1/payments/confirmations/{paymentId}";

    private final CardProvider provider;

    ConfirmationPage(CardProvider provider) {
        this.provider = provider;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable String paymentId) {
        Optional<Authorization> payment = provider.find(paymentId);
        if (payment.isEmpty()) {
            return page(HttpStatus.NOT_FOUND, "Unknown payment", "<p>There is no payment to confirm here.</p>");
        }
        Authorization shown = payment.get();
        if (!shown.status().equals("REQUIRES_CONFIRMATION")) {
            return page(HttpStatus.OK, "Nothing to confirm", "<p>This payment is " + shown.status().toLowerCase() + ".</p>");
        }
        String amount = HtmlUtils.htmlEscape(shown.amount().stripTrailingZeros().toPlainString() + " " + shown.currency());
        String action = HtmlUtils.htmlEscape(PATH.replace("{paymentId}", shown.id()));
        return page(HttpStatus.OK, "Confirm your payment", """
                <p>Emporium asks to charge <strong>%s</strong> to your card.</p>
                <form method="post" action="%s">
                  <button type="submit" name="decision" value="confirm">Confirm payment</button>
                  <button type="submit" name="decision" value="decline">Cancel</button>
                </form>""".formatted(amount, action));
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> decide(@PathVariable String paymentId, @RequestParam(defaultValue = "") String decision) {
        if (!decision.equals("confirm") && !decision.equals("decline")) {
            return page(HttpStatus.BAD_REQUEST, "Choose an answer", "<p>Confirm or cancel the payment.</p>");
        }
        Optional<Authorization> payment = provider.confirm(paymentId, decision.equals("confirm"));
        if (payment.isEmpty()) {
            return page(HttpStatus.NOT_FOUND, "Unknown payment", "<p>There is no payment to confirm here.</p>");
        }
        Authorization decided = payment.get();
        if (decided.returnUrl() != null && decided.returnUrl().startsWith("http")) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(decided.returnUrl())).build();
        }
        String outcome = switch (decided.status()) {
            case "AUTHORIZED" -> "Payment confirmed. You can go back to the shop.";
            case "EXPIRED" -> "This confirmation expired. Nothing was charged.";
            default -> "The payment was not confirmed. Nothing was charged.";
        };
        return page(HttpStatus.OK, "Payment " + decided.status().toLowerCase(), "<p>" + outcome + "</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1>%s<p><small>Emporium test card provider</small></p></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), body);
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
    }
}

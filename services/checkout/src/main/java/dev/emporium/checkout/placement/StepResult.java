package dev.emporium.checkout.placement;

import java.time.Instant;

/** What a step's call came to. */
sealed interface StepResult {

    /** It did what it should: the change records what it produced. */
    record Succeeded(Checkouts.Change change) implements StepResult {
    }

    /** The answer was a refusal that decides the checkout fails (stock, card, prices...). */
    record Failed(Failure failure) implements StepResult {
    }

    /** No answer (after the retries a call is allowed): the service named is down, slow or its circuit is open. */
    record Unavailable(String service) implements StepResult {
    }

    /** The customer must confirm the payment at the provider first. */
    record AwaitCustomer(NextAction nextAction, Instant deadline, PaymentSummary payment) implements StepResult {
    }
}

package dev.emporium.checkout.placement;

/**
 * A card as the customer typed it, held only in the memory of the request that brought it and passed to payment once
 * (which tokenizes it). Never persisted, logged or printed: {@link #toString()} shows the last four digits only.
 */
public record CardDetails(String number, int expMonth, int expYear, String cvc) {

    public String last4() {
        return number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "CardDetails[number=****" + last4() + ", expMonth=" + expMonth + ", expYear=" + expYear + ", cvc=***]";
    }
}

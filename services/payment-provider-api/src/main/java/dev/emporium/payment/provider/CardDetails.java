package dev.emporium.payment.provider;

/** A card as the customer typed it. {@link #toString()} never shows the number or the CVC. */
public record CardDetails(String number, int expMonth, int expYear, String cvc) {

    public String last4() {
        return number.length() < 4 ? number : number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "CardDetails[number=****" + last4() + ", expMonth=" + expMonth + ", expYear=" + expYear + ", cvc=***]";
    }
}

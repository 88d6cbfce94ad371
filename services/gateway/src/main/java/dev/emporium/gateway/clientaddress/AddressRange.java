package dev.emporium.gateway.clientaddress;

import java.net.InetAddress;
import java.util.Optional;

/** An IP address or CIDR range ({@code 10.0.0.0/8}, {@code ::1}), parsed without ever resolving host names. */
record AddressRange(byte[] network, int prefixLength) {

    static AddressRange parse(String spec) {
        int slash = spec.indexOf('/');
        String address = slash < 0 ? spec : spec.substring(0, slash);
        byte[] bytes = literal(address)
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: " + spec))
                .getAddress();
        int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(spec.substring(slash + 1));
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("Bad prefix length in " + spec);
        }
        return new AddressRange(bytes, prefix);
    }

    /** The address if the text is an IP literal; anything else (a host name, garbage) is no address. */
    static Optional<InetAddress> literal(String text) {
        try {
            return Optional.of(InetAddress.ofLiteral(text.trim()));
        }
        catch (IllegalArgumentException notALiteral) {
            return Optional.empty();
        }
    }

    boolean contains(InetAddress candidate) {
        byte[] bytes = candidate.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (bytes[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}

package dev.emporium.gateway.clientaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressRangeTest {

    @Test
    void matchesAddressesInsideACidrRange() {
        AddressRange range = AddressRange.parse("10.20.0.0/14");

        assertThat(range.contains(InetAddress.ofLiteral("10.23.255.1"))).isTrue();
        assertThat(range.contains(InetAddress.ofLiteral("10.24.0.1"))).isFalse();
    }

    @Test
    void treatsABareAddressAsExactlyThatAddress() {
        AddressRange range = AddressRange.parse("::1");

        assertThat(range.contains(InetAddress.ofLiteral("0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(range.contains(InetAddress.ofLiteral("127.0.0.1"))).isFalse();
    }

    @Test
    void neverResolvesHostNames() {
        assertThat(AddressRange.literal("localhost")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.parse("proxy.internal"));
    }
}

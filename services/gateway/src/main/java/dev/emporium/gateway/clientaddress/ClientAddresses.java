package dev.emporium.gateway.clientaddress;

import dev.emporium.platform.api.HeaderNames;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The one decision of who the client is, shared by rate limiting and by what the services are told. It is the TCP
 * peer; only when the peer is one of the configured trusted proxies (a load balancer in front of the gateway) is it
 * the right-most {@code X-Forwarded-For} entry not added by a trusted proxy. Entries further left were supplied by
 * the client and could be forged; an entry that is not an IP address is never believed.
 */
public class ClientAddresses {

    private final List<AddressRange> trustedProxies;

    public ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(AddressRange::parse).toList();
    }

    /** The client's IP address in its canonical text form, or {@code unknown} without a peer. */
    public String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return "unknown";
        }
        InetAddress peer = remote.getAddress();
        if (!isTrusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> forwarded = new ArrayList<>();
        for (String header : request.getHeaders().getOrEmpty(HeaderNames.FORWARDED_FOR)) {
            Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(forwarded::add);
        }
        InetAddress client = peer;
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            InetAddress hop = AddressRange.literal(forwarded.get(i)).orElse(null);
            if (hop == null) {
                break; // garbage where an address should be: the last proxy we trust is as far as we can see
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}

package cn.gongzhuling.academy.platform.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The address of the client behind reverse proxies, for per-client limits. Only when the direct
 * peer is one of the trusted proxies (addresses or CIDR ranges from app.http.trusted-proxies) is
 * X-Forwarded-For read, from the right: trusted hops are skipped and the first untrusted one is
 * the client. A header sent by anyone else is ignored, so a client cannot choose its own key.
 * Addresses are parsed as literals only: no name is ever looked up. Pure, tested without a server.
 */
public final class ClientAddress {

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** No trusted proxies: the direct peer is always the client. */
    public static ClientAddress direct() {
        return new ClientAddress(List.of());
    }

    /**
     * From the configured list (comma-separated addresses or CIDRs, e.g. "10.0.0.0/8, ::1").
     *
     * @throws IllegalArgumentException naming the first entry that is not an address or a CIDR
     */
    public static ClientAddress trusting(String configured) {
        List<Range> ranges = new ArrayList<>();
        if (configured != null) {
            for (String part : configured.split(",")) {
                String entry = part.strip();
                if (!entry.isEmpty()) {
                    ranges.add(Range.parse(entry).orElseThrow(() -> new IllegalArgumentException(entry)));
                }
            }
        }
        return new ClientAddress(ranges);
    }

    public boolean trustsAnyProxy() {
        return !trusted.isEmpty();
    }

    /**
     * @param remoteAddr     the direct peer (ServletRequest.getRemoteAddr)
     * @param forwardedFor   every X-Forwarded-For header of the request, in the order received
     * @return the client's address, normalised when it is a literal, else the peer as given
     */
    public String resolve(String remoteAddr, List<String> forwardedFor) {
        Optional<InetAddress> peer = literal(remoteAddr);
        if (peer.isEmpty() || !isTrusted(peer.get())) {
            return peer.map(InetAddress::getHostAddress).orElse(remoteAddr == null ? "" : remoteAddr);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor == null ? List.<String>of() : forwardedFor) {
            if (header != null) {
                for (String hop : header.split(",")) {
                    hops.add(hop.strip());
                }
            }
        }
        Collections.reverse(hops);
        InetAddress last = peer.get();
        for (String hop : hops) {
            Optional<InetAddress> address = literal(stripPort(hop));
            if (address.isEmpty()) {
                break; // a hop no trusted proxy wrote: the nearest trusted one is as far as we can see
            }
            if (!isTrusted(address.get())) {
                return address.get().getHostAddress();
            }
            last = address.get();
        }
        return last.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    /** "1.2.3.4:5678" → "1.2.3.4"; "[2001:db8::1]:443" → "2001:db8::1"; others unchanged. */
    static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':') && hop.indexOf('.') > 0) {
            return hop.substring(0, colon);
        }
        return hop;
    }

    /** An IPv4 or IPv6 literal, or empty; never a name look-up. */
    static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        try {
            if (text.indexOf(':') >= 0) {
                if (!text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
                        || text.charAt(0) == '.') {
                    return Optional.empty(); // also refuses zone ids ("%eth0")
                }
                return Optional.of(InetAddress.getByName(text)); // contains ':' so parsed as a literal, no DNS
            }
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                int value = Integer.parseInt(parts[i]);
                if (value > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) value;
            }
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address with a prefix length: 10.0.0.0/8, 2001:db8::/32, or a single address. */
    record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                String bits = entry.substring(slash + 1);
                if (bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                prefix = Integer.parseInt(bits);
                if (prefix > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(bytes, prefix));
        }

        boolean contains(InetAddress address) {
            byte[] other = address.getAddress();
            if (other.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (other[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (other[full] & mask) == (network[full] & mask);
        }
    }
}

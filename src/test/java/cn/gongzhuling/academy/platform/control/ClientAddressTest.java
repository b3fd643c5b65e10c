package cn.gongzhuling.academy.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress proxied = ClientAddress.trusting(" 10.0.0.0/8, 192.168.1.7 , ::1, fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress direct = ClientAddress.trusting("");
        assertFalse(direct.trustsAnyProxy());
        assertEquals("10.0.0.5", direct.resolve("10.0.0.5", List.of("203.0.113.9")));
        assertEquals("203.0.113.9", ClientAddress.direct().resolve("203.0.113.9", List.of()));
    }

    @Test
    void aSpoofedHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("198.51.100.23", proxied.resolve("198.51.100.23", List.of("1.2.3.4")));
        assertEquals("198.51.100.23", proxied.resolve("198.51.100.23", List.of("10.0.0.1, 1.2.3.4")));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        assertEquals("203.0.113.9", proxied.resolve("10.1.2.3", List.of("203.0.113.9")));
        // the client sent its own header "6.6.6.6"; the proxy appended the address it saw
        assertEquals("203.0.113.9", proxied.resolve("10.1.2.3", List.of("6.6.6.6, 203.0.113.9")));
        // two proxies: the inner one (192.168.1.7) is trusted too and skipped
        assertEquals("203.0.113.9", proxied.resolve("10.1.2.3", List.of("6.6.6.6, 203.0.113.9, 192.168.1.7")));
        // several headers count as one list in order
        assertEquals("203.0.113.9", proxied.resolve("10.1.2.3", List.of("6.6.6.6", "203.0.113.9", "10.9.9.9")));
    }

    @Test
    void portsBracketsAndIpv6() {
        assertEquals("203.0.113.9", proxied.resolve("10.1.2.3", List.of("203.0.113.9:51234")));
        assertEquals("2001:db8:0:0:0:0:0:1", proxied.resolve("::1", List.of("[2001:db8::1]:443")));
        assertEquals("2001:db8:0:0:0:0:0:1", proxied.resolve("0:0:0:0:0:0:0:1", List.of("2001:db8::1, fd12::3")));
    }

    @Test
    void garbageInTheHeaderStopsAtTheNearestTrustedHop() {
        assertEquals("10.1.2.3", proxied.resolve("10.1.2.3", List.of("")));
        assertEquals("10.1.2.3", proxied.resolve("10.1.2.3", List.of()));
        assertEquals("10.1.2.3", proxied.resolve("10.1.2.3", List.of("evil.example.com")));
        assertEquals("192.168.1.7", proxied.resolve("10.1.2.3", List.of("1.2.3.4, unknown, 192.168.1.7")));
        assertEquals("10.1.2.3", proxied.resolve("10.1.2.3", List.of("999.1.1.1")));
        assertEquals("10.1.2.3", proxied.resolve("10.1.2.3", List.of("<script>")));
        assertEquals("10.1.2.3", proxied.resolve("10.1.2.3", List.of("fe80::1%eth0")));
        // every hop trusted: the farthest one seen
        assertEquals("10.0.0.9", proxied.resolve("10.1.2.3", List.of("10.0.0.9")));
    }

    @Test
    void cidrMatching() {
        ClientAddress narrow = ClientAddress.trusting("172.16.0.0/12,2001:db8::/33");
        assertEquals("9.9.9.9", narrow.resolve("172.31.255.255", List.of("9.9.9.9")));
        assertEquals("172.32.0.1", narrow.resolve("172.32.0.1", List.of("9.9.9.9")), "outside /12");
        assertEquals("9.9.9.9", narrow.resolve("2001:db8:7fff::1", List.of("9.9.9.9")));
        assertEquals("2001:db8:8000:0:0:0:0:1", narrow.resolve("2001:db8:8000::1", List.of("9.9.9.9")), "outside /33");
        assertEquals("9.9.9.9", ClientAddress.trusting("0.0.0.0/0").resolve("8.8.8.8", List.of("9.9.9.9")));
    }

    @Test
    void aMalformedConfigurationEntryIsNamed() {
        for (String bad : List.of("10.0.0.0/33", "proxy.internal", "10.0.0.0/", "10.0.0/8", "::1/129", "1.2.3.4/-1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ClientAddress.trusting("10.0.0.1, " + bad));
            assertEquals(bad, e.getMessage());
        }
        assertTrue(ClientAddress.trusting("10.0.0.1,,").trustsAnyProxy());
    }
}

package cn.gongzhuling.academy.platform.boundary;

import cn.gongzhuling.academy.platform.control.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The client address of a request for per-client limits (certificate verification, login
 * throttling): the direct peer, or behind a trusted reverse proxy (app.http.trusted-proxies) the
 * right-most untrusted X-Forwarded-For hop. A malformed setting is logged and trusts no proxy.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final Logger LOG = Logger.getLogger(ClientAddresses.class.getName());

    @Inject
    AppConfig config;

    private volatile String configured;
    private volatile ClientAddress resolver = ClientAddress.direct();

    public String of(HttpServletRequest request) {
        ClientAddress r = resolver();
        if (!r.trustsAnyProxy()) {
            return request.getRemoteAddr();
        }
        return r.resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    private ClientAddress resolver() {
        String now = config.trustedProxies();
        if (!now.equals(configured)) {
            ClientAddress parsed;
            try {
                parsed = ClientAddress.trusting(now);
            } catch (IllegalArgumentException e) {
                LOG.log(Level.SEVERE, "{0}: \"{1}\" is neither an address nor a CIDR; no proxy is trusted until "
                        + "the setting is corrected", new Object[] {ConfigKeys.HTTP_TRUSTED_PROXIES, e.getMessage()});
                parsed = ClientAddress.direct();
            }
            resolver = parsed;
            configured = now;
        }
        return resolver;
    }
}

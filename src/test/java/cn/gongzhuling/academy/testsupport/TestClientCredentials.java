package cn.gongzhuling.academy.testsupport;

import cn.gongzhuling.academy.xapi.boundary.ClientCredentials;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Test-only integration client for the xAPI endpoint: accepts exactly {@link #KEY}:{@link #SECRET}
 * over HTTP Basic. Selected globally by its priority, so only the test deployment uses it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClientCredentials implements ClientCredentials {

    public static final String KEY = "it-lms";
    public static final String SECRET = "it-secret-2026";

    public static String header(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> authenticate(String authorizationHeader) {
        return header(KEY, SECRET).equals(authorizationHeader) ? Optional.of(KEY) : Optional.empty();
    }
}

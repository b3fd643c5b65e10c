package cn.gongzhuling.academy.testsupport;

import cn.gongzhuling.academy.security.boundary.CallerSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;

/**
 * Test-only replacement for the Jakarta Security caller: in-container tests say whom the services
 * should see as logged in. Selected globally by its priority, so only the test deployment uses it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCallerSource implements CallerSource {

    private static volatile String username;

    /** The user name the services see from now on; null for nobody logged in. */
    public static void actAs(String name) {
        username = name;
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }
}

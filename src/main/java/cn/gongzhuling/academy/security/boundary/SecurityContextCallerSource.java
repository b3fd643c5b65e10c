package cn.gongzhuling.academy.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

@ApplicationScoped
public class SecurityContextCallerSource implements CallerSource {

    @Inject
    SecurityContext securityContext;

    @Override
    public Optional<String> username() {
        Principal principal = securityContext.getCallerPrincipal();
        return Optional.ofNullable(principal).map(Principal::getName);
    }
}

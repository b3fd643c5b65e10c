package cn.gongzhuling.academy.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Until integration clients exist (security/ApiClientService, built with the field API), no
 * credentials are valid: the LRS answers 401 to everyone rather than trusting anything.
 */
@ApplicationScoped
public class NoClientCredentials implements ClientCredentials {

    @Override
    public Optional<String> authenticate(String authorizationHeader) {
        return Optional.empty();
    }
}

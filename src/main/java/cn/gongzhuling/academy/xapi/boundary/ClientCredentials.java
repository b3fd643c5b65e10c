package cn.gongzhuling.academy.xapi.boundary;

import java.util.Optional;

/**
 * Who may write and read statements: the integration client named by an HTTP Basic Authorization
 * header (xAPI requires Basic), never a person's password.
 */
public interface ClientCredentials {

    /** The name of the active integration client whose credentials these are; empty for anything else. */
    Optional<String> authenticate(String authorizationHeader);
}

package cn.gongzhuling.academy.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The integration client of the current /api or /xapi request, set after checking its credentials (ApiAuthFilter, xAPI ApiClientCredentials). */
@RequestScoped
public class CurrentApiCaller {

    private ApiCaller caller;

    public void set(ApiCaller caller) {
        this.caller = caller;
    }

    public Optional<ApiCaller> get() {
        return Optional.ofNullable(caller);
    }

    /** The caller, or NotInScopeException when the request was not authenticated as an integration. */
    public ApiCaller require() {
        if (caller == null) {
            throw new NotInScopeException();
        }
        return caller;
    }
}

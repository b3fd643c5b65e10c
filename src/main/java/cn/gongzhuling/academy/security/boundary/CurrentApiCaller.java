package cn.gongzhuling.academy.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The integration client of the current /api request, set by {@link ApiAuthFilter} after checking its credentials. */
@RequestScoped
public class CurrentApiCaller {

    private ApiCaller caller;

    void set(ApiCaller caller) {
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

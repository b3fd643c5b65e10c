package cn.gongzhuling.academy.xapi.boundary;

import cn.gongzhuling.academy.security.boundary.ApiCaller;
import cn.gongzhuling.academy.security.boundary.ApiClientService;
import cn.gongzhuling.academy.security.boundary.CurrentApiCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * xAPI credentials are those of the integration clients admins create on /admin/api-clients. The
 * client is also made the request's {@link CurrentApiCaller}, so observers of StatementsAccepted
 * (field records) can keep to the client's org scope, as the /api resources do.
 */
@ApplicationScoped
public class ApiClientCredentials implements ClientCredentials {

    @Inject
    ApiClientService clients;

    @Inject
    CurrentApiCaller current;

    @Override
    public Optional<String> authenticate(String authorizationHeader) {
        Optional<ApiCaller> caller = clients.authenticate(authorizationHeader);
        caller.ifPresent(current::set);
        return caller.map(ApiCaller::name);
    }
}

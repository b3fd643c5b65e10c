package cn.gongzhuling.academy.platform.boundary;

import cn.gongzhuling.academy.security.boundary.ApiAuthFilter;
import cn.gongzhuling.academy.security.boundary.ApiIdentityResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON REST API under /api, for integrations (grid apps, partner systems) authenticated with
 * per-integration credentials over HTTP Basic (see ApiClientService; admins create clients on
 * /admin/api-clients). The classes are listed explicitly, so another JAX-RS application (the xAPI
 * endpoint under /xapi) neither exposes these resources nor runs this filter, and vice versa.
 * Payara Micro describes the API with MicroProfile OpenAPI at /openapi.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Grassroots Academy API", version = "1",
                description = "Field records of the community cadres of Gongzhuling city (基层学院). "
                        + "Authenticate with the name and secret of an API client (HTTP Basic); an administrator "
                        + "creates clients on /admin/api-clients, each limited to an org subtree. Field records "
                        + "also arrive as xAPI statements on /xapi/statements: see the verbs in docs/xapi-verbs.md."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {

    /** Resources and providers of /api; a new resource must be added here. */
    public static final Set<Class<?>> CLASSES = Set.of(ApiAuthFilter.class, ApiIdentityResource.class,
            cn.gongzhuling.academy.field.boundary.FieldRecordResource.class, ApiErrors.class);

    @Override
    public Set<Class<?>> getClasses() {
        return CLASSES;
    }
}

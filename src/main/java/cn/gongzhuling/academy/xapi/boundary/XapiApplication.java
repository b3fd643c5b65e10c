package cn.gongzhuling.academy.xapi.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The xAPI Learning Record Store under /xapi. It lists its resources itself, so another JAX-RS
 * application of the WAR (the field API under /api) neither serves them nor adds its providers.
 */
@ApplicationPath("xapi")
@SecurityScheme(securitySchemeName = "xapiBasic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The key and secret of an integration client (not a person's password)")
public class XapiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(StatementsResource.class, AboutResource.class);
    }
}

package org.coopstats;

import io.micronaut.context.exceptions.BeanContextException;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.http.server.exceptions.ServerStartupException;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.exceptions.ApplicationStartupException;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.coopstats.system.StartupFailure;

@OpenAPIDefinition(
        info = @Info(title = "coopstats", version = "1",
                description = "Returns on international cooperation under the Organized Crime Convention. "
                        + "Sign in with POST /api/tokens and send the token as 'Authorization: Bearer ...', "
                        + "or use the browser's session cookie with the header X-CSRF-Token on changes."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    static final String SESSION_SECRET_PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        String sessionSecret = System.getenv("COOPSTATS_SESSION_SECRET");
        if (sessionSecret != null && !sessionSecret.isBlank()) {
            if (sessionSecret.length() < 32) {
                StartupFailure.report(new org.coopstats.system.StartupRefusedException(
                        "COOPSTATS_SESSION_SECRET must have at least 32 characters."));
                System.exit(1);
            }
            // people stay signed in across restarts, and several instances can share the key
            System.setProperty(SESSION_SECRET_PROPERTY, sessionSecret);
        }
        try {
            Micronaut.build(args)
                    .mainClass(Application.class)
                    .banner(false)
                    // Exit code 0 here means "hand the exception back to main" so that the
                    // person starting the service reads one plain line instead of a stack trace.
                    .mapError(BeanInstantiationException.class, e -> 0)
                    .mapError(BeanContextException.class, e -> 0)
                    .mapError(ConfigurationException.class, e -> 0)
                    .mapError(DependencyInjectionException.class, e -> 0)
                    .mapError(ServerStartupException.class, e -> 0)
                    .mapError(ApplicationStartupException.class, e -> 0)
                    .start();
        } catch (ApplicationStartupException e) {
            StartupFailure.report(e);
            System.exit(1);
        }
    }
}

package org.coopstats;

import io.micronaut.context.exceptions.BeanContextException;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.http.server.exceptions.ServerStartupException;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.exceptions.ApplicationStartupException;
import org.coopstats.system.StartupFailure;

public class Application {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
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

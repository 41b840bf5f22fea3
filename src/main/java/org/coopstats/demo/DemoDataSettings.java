package org.coopstats.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param enabled fill an empty database with demo data on start (COOPSTATS_DEMO_DATA_ENABLED);
 *                when not set, only the embedded database gets it, never an external one
 * @param seed    the generator's seed: the same seed always gives the same rows
 * @param lines   how many case lines the demo holds
 */
@ConfigurationProperties("coopstats.demo-data")
public record DemoDataSettings(
        @Nullable Boolean enabled,
        @Bindable(defaultValue = "2015") long seed,
        @Bindable(defaultValue = "20000") int lines) {

    boolean wanted(boolean embeddedDatabase) {
        return enabled == null ? embeddedDatabase : enabled;
    }
}

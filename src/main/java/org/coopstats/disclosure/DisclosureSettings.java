package org.coopstats.disclosure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.coopstats.system.StartupRefusedException;

/**
 * @param threshold the smallest number of cases published in a figure that involves a named
 *                  State or a pair of States (COOPSTATS_DISCLOSURE_THRESHOLD); figures from 1 to
 *                  threshold - 1 are suppressed. 1 suppresses nothing.
 */
@ConfigurationProperties("coopstats.disclosure")
public record DisclosureSettings(@Bindable(defaultValue = "3") int threshold) {

    public DisclosureSettings {
        if (threshold < 1) {
            throw new StartupRefusedException("COOPSTATS_DISCLOSURE_THRESHOLD must be at least 1 (it is " + threshold + ").");
        }
    }
}

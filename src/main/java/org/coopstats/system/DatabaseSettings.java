package org.coopstats.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Settings of the embedded MariaDB, used only when no external database URL is configured.
 *
 * @param dataDir          where MariaDB keeps its files (COOPSTATS_DATA_DIR); survives restarts
 * @param freshPerRun      wipe the directory once per JVM before first use (tests)
 * @param bufferPoolSize   InnoDB buffer pool, sized for bulk loads of a million case lines
 */
@ConfigurationProperties("coopstats")
public record DatabaseSettings(
        @Bindable(defaultValue = "data") String dataDir,
        @Bindable(defaultValue = "false") boolean freshPerRun,
        @Bindable(defaultValue = "512M") String bufferPoolSize) {
}

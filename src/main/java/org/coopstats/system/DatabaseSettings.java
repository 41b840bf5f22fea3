package org.coopstats.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * Settings of the embedded MariaDB, used only when no external database URL is configured.
 *
 * @param dataDir        where MariaDB keeps its files (COOPSTATS_DATA_DIR); survives restarts
 * @param home           the folder a relative data directory is resolved against; mn:run sets
 *                       it to the project folder because it starts the service in target/
 * @param freshPerRun    wipe the directory once per JVM before first use (tests only)
 * @param bufferPoolSize InnoDB buffer pool, sized for bulk loads of a million case lines
 */
@ConfigurationProperties("coopstats")
public record DatabaseSettings(
        @Bindable(defaultValue = "data") String dataDir,
        @Nullable String home,
        @Bindable(defaultValue = "false") boolean freshPerRun,
        @Bindable(defaultValue = "512M") String bufferPoolSize) {

    Path dataDirectory() {
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return base.resolve(dataDir).toAbsolutePath().normalize();
    }
}

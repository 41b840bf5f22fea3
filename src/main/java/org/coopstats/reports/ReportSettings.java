package org.coopstats.reports;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;
import java.util.Optional;

/**
 * @param dir a folder of report definitions to use instead of those built into the service
 *            (COOPSTATS_REPORTS_DIR), so an operator can add or change a report without a
 *            rebuild; a relative path is taken from coopstats.home like the data directory
 */
@ConfigurationProperties("coopstats.reports")
public record ReportSettings(@Nullable String dir) {

    Optional<Path> directory(@Nullable String home) {
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return Optional.of(base.resolve(dir.strip()).toAbsolutePath().normalize());
    }
}

package org.coopstats.upload;

import io.micronaut.serde.annotation.Serdeable;

/** One thing wrong (or, as a warning, worth checking) in one cell: row as the spreadsheet numbers it. */
@Serdeable
public record Problem(long row, String column, String value, String message) {
}

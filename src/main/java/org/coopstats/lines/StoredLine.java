package org.coopstats.lines;

import io.micronaut.serde.annotation.Serdeable;

/** A saved case line: its id, the version that edits must name, and its values. */
@Serdeable
public record StoredLine(long id, long lockVersion, CaseLine line) {
}

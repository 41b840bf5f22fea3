package org.coopstats.lines;

import io.micronaut.serde.annotation.Serdeable;

/** How a line appears in the audit trail, before and after each change. */
@Serdeable
record LineSnapshot(long returnId, long lineId, CaseLine line) {
}

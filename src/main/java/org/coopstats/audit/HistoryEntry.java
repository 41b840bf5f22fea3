package org.coopstats.audit;

import java.time.LocalDateTime;
import java.util.List;

/** One change to a return version, as its history page tells it: who, when, what, and which fields. */
@io.micronaut.serde.annotation.Serdeable
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record HistoryEntry(LocalDateTime happenedAt, String actor, String action, String description, List<String> changes) {
}

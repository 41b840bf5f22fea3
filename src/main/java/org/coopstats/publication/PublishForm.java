package org.coopstats.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The analyst's publish form: the optional note for readers. */
@Serdeable
public record PublishForm(@Nullable String note, @Nullable String csrf) {
}

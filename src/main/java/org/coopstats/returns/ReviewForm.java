package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An analyst's decision: the version of the return they saw, and a comment when returning it. */
@Serdeable
public record ReviewForm(@Nullable Long lockVersion, @Nullable String comment, @Nullable String csrf) {
}

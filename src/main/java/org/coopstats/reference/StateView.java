package org.coopstats.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Null fields are sent as null, not left out, so every answer has the same shape. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StateView(
        short m49,
        String iso3,
        String name,
        String regionCode,
        String region,
        @Nullable String subregionCode,
        @Nullable String subregion,
        String kind,
        boolean party) {
}

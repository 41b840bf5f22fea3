package org.coopstats.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
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

package org.coopstats.cycles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The dates as typed (ISO yyyy-mm-dd from the date inputs), checked by CycleAdministration. */
@Serdeable
public record CycleForm(@Nullable String code, @Nullable String periodStart, @Nullable String periodEnd,
                        @Nullable String opensOn, @Nullable String deadline, @Nullable String csrf) {

    static CycleForm empty() {
        return new CycleForm("", "", "", "", "", null);
    }
}

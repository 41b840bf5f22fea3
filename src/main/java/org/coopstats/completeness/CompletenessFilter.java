package org.coopstats.completeness;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The list's filters from the address: a region code and a status code, each optional. */
public record CompletenessFilter(@Nullable String region, @Nullable CompletenessStatus status) {

    static final CompletenessFilter NONE = new CompletenessFilter(null, null);

    /** Blank means no filter; any other value must be a known code, else Invalid says which are. */
    static CompletenessFilter parse(@Nullable String region, @Nullable String status, List<RegionRef> regions) {
        String regionCode = null;
        if (region != null && !region.isBlank()) {
            String wanted = region.trim().toUpperCase(Locale.ROOT);
            regionCode = regions.stream().map(RegionRef::code).filter(wanted::equals).findFirst()
                    .orElseThrow(() -> new Invalid("There is no region \u201c" + region.trim() + "\u201d. Use one of: "
                            + regions.stream().map(r -> r.code() + " (" + r.label() + ")").collect(Collectors.joining(", "))
                            + "."));
        }
        CompletenessStatus wantedStatus = null;
        if (status != null && !status.isBlank()) {
            wantedStatus = CompletenessStatus.parse(status)
                    .orElseThrow(() -> new Invalid("There is no status \u201c" + status.trim() + "\u201d. Use one of: "
                            + CompletenessStatus.choices() + "."));
        }
        return new CompletenessFilter(regionCode, wantedStatus);
    }

    boolean accepts(StateCompleteness state) {
        return (region == null || region.equals(state.regionCode())) && (status == null || status == state.status());
    }

    public boolean isEmpty() {
        return region == null && status == null;
    }

    public String regionCode() {
        return region == null ? "" : region;
    }

    public String statusCode() {
        return status == null ? "" : status.code();
    }

    /** The filters as a query string, with its "?", or "" with none; built from known codes only. */
    public String query() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        if (region != null) {
            query.append("region=").append(region);
        }
        if (status != null) {
            query.append(region == null ? "" : "&").append("status=").append(status.code());
        }
        return query.toString();
    }

    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }
}

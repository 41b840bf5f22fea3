package org.coopstats.completeness;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.i18n.Text;

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
                    .orElseThrow(() -> new Invalid(Invalid.REGION, region.trim(), regions));
        }
        CompletenessStatus wantedStatus = null;
        if (status != null && !status.isBlank()) {
            wantedStatus = CompletenessStatus.parse(status)
                    .orElseThrow(() -> new Invalid(Invalid.STATUS, status.trim(), regions));
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

    /** A filter that is no code; its message names the codes there are, in English or in a page's language. */
    static final class Invalid extends RuntimeException {
        static final String REGION = "completeness.problem.region";
        static final String STATUS = "completeness.problem.status";

        private final String key;
        private final String value;

        Invalid(String key, String value, List<RegionRef> regions) {
            super(message(Text.ENGLISH, key, value, regions));
            this.key = key;
            this.value = value;
        }

        /** The message in the text's language, the regions named as the page names them. */
        String message(Text text, List<RegionRef> regions) {
            return message(text, key, value, regions);
        }

        private static String message(Text text, String key, String value, List<RegionRef> regions) {
            String choices = key.equals(REGION)
                    ? regions.stream().map(r -> r.code() + " (" + r.label() + ")").collect(Collectors.joining(text.get("completeness.separator")))
                    : CompletenessStatus.choices(text);
            return text.get(key, value, choices);
        }
    }
}

package org.coopstats.completeness;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the completeness pages, with the cycle code encoded as a path segment. */
public final class CompletenessLinks {

    /** The value of "from" on a review link that brings the analyst back here after deciding. */
    public static final String FROM = "completeness";

    private CompletenessLinks() {
    }

    public static String page(String cycleCode) {
        return "/completeness/" + segment(cycleCode);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.coopstats.completeness;

/** An M49 region as the completeness page groups States by it. */
public record RegionRef(String code, String label) {
}

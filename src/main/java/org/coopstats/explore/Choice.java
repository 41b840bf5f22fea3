package org.coopstats.explore;

/** One option of a select on the page: its code, its label, and whether it is chosen. */
public record Choice(String code, String label, boolean selected) {
}

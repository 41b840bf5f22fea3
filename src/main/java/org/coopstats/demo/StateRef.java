package org.coopstats.demo;

/** What the generator needs to know of a State. */
record StateRef(String iso3, String region, String subregion, boolean party) {
}

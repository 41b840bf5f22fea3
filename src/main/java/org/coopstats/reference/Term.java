package org.coopstats.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * One code of a taxonomy. parent is the code of the broader term (instrument -> legal-basis
 * category, offence -> ICCS section, sub-region -> region); details carry what a few
 * taxonomies add, such as the Convention article of a cooperation type.
 */
@Serdeable
public record Term(String code, String label, @Nullable String parent, Map<String, Object> details) {
}

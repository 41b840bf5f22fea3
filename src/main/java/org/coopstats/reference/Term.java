package org.coopstats.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * One code of a taxonomy. parent is the code of the broader term (instrument -> legal-basis
 * category, offence -> ICCS section, sub-region -> region); details carry what a few
 * taxonomies add, such as the Convention article of a cooperation type. A missing parent is
 * sent as null, not left out, so every term has the same shape.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Term(String code, String label, @Nullable String parent, Map<String, Object> details) {
}

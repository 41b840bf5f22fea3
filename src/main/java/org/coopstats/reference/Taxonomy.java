package org.coopstats.reference;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One coded list (cooperation types, outcomes, ...) with its terms in display order. */
@Serdeable
public record Taxonomy(String code, String label, String usedFor, List<Term> terms) {
}

package org.coopstats.publication;

/** Told once the transaction that published the edition has committed. */
public record EditionPublished(Edition edition) {
}

package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The officer's submit form: the draft's version they saw and the State's consent to publication. */
@Serdeable
public record SubmitForm(@Nullable Long lockVersion, @Nullable String publicationConsent, @Nullable String csrf) {
}

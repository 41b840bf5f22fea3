package org.coopstats.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A form whose only field is its CSRF token, such as the sign-out button. */
@Serdeable
public record CsrfOnlyForm(@Nullable String csrf) {
}

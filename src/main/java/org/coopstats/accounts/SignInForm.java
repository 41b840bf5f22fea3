package org.coopstats.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record SignInForm(@Nullable String email, @Nullable String password, @Nullable String csrf) {
}

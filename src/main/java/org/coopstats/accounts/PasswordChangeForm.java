package org.coopstats.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record PasswordChangeForm(@Nullable String current, @Nullable String newPassword, @Nullable String confirmation,
                                 @Nullable String csrf) {
}

package org.coopstats.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an administrator types to create or change an account. On a change, email and
 * temporaryPassword are not used; disabled is the checkbox ("on" when ticked).
 */
@Serdeable
public record AccountForm(@Nullable String email, @Nullable String displayName, @Nullable String role,
                          @Nullable String stateIso3, @Nullable String temporaryPassword, @Nullable String disabled,
                          @Nullable String csrf) {

    static AccountForm of(Account account) {
        return new AccountForm(account.email(), account.displayName(), account.role().name(), account.stateIso3(),
                null, account.disabled() ? "on" : null, null);
    }

    static AccountForm empty() {
        return new AccountForm("", "", Role.OFFICER.name(), "", "", null, null);
    }

    public boolean isDisabled() {
        return "on".equals(disabled) || "true".equals(disabled);
    }
}

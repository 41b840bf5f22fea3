package org.coopstats.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An account as the audit trail keeps it: everything but the password hash. */
@Serdeable
record AccountSnapshot(String email, String displayName, String role, @Nullable String state, boolean disabled,
                       boolean mustChangePassword) {

    static AccountSnapshot of(Account account) {
        return new AccountSnapshot(account.email(), account.displayName(), account.role().name(), account.stateIso3(),
                account.disabled(), account.mustChangePassword());
    }
}

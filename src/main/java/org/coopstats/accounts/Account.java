package org.coopstats.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("app_user")
public record Account(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable String stateIso3,
        boolean disabled,
        boolean mustChangePassword) {

    public static Account create(String email, String displayName, String passwordHash, Role role,
                                 @Nullable String stateIso3) {
        return new Account(null, email.trim().toLowerCase(java.util.Locale.ROOT), displayName, passwordHash, role,
                stateIso3, false, false);
    }
}

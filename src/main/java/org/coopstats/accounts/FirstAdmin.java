package org.coopstats.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.coopstats.system.StartupRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from COOPSTATS_ADMIN_EMAIL and COOPSTATS_ADMIN_PASSWORD (or
 * --coopstats.admin.email=... --coopstats.admin.password=... on the command line) when the
 * service starts with no account at all. Later starts ignore the settings.
 */
@Singleton
class FirstAdmin {

    static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountRepository accounts;
    private final PasswordHasher passwords;
    private final String email;
    private final String password;

    FirstAdmin(AccountRepository accounts, PasswordHasher passwords,
               @Value("${coopstats.admin.email:}") String email,
               @Value("${coopstats.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.email = email.trim();
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (email.isEmpty() && password.isEmpty()) {
            return;
        }
        if (email.isEmpty() || !email.contains("@")) {
            throw new StartupRefusedException("COOPSTATS_ADMIN_EMAIL must be an email address to create the first administrator.");
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new StartupRefusedException("COOPSTATS_ADMIN_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH
                    + " characters.");
        }
        if (accounts.count() > 0) {
            return;
        }
        accounts.save(Account.create(email, "Administrator", passwords.hash(password), Role.ADMIN, null));
        LOG.info("First administrator account created: {}", email);
    }
}

package org.coopstats.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/** Checks a password and opens a session; says nothing about which part was wrong. */
@Singleton
public class SignIn {

    public sealed interface Result permits SignedIn, Refused, Throttled {
    }

    public record SignedIn(Account account, String sessionId) implements Result {
    }

    public record Refused() implements Result {
    }

    public record Throttled() implements Result {
    }

    static final int MAXIMUM_EMAIL_LENGTH = 254;

    private final AccountRepository accounts;
    private final PasswordHasher passwords;
    private final SessionStore sessions;
    private final SignInThrottle throttle;

    SignIn(AccountRepository accounts, PasswordHasher passwords, SessionStore sessions, SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @Transactional
    public Result attempt(String emailAsTyped, String password, String address) {
        String email = emailAsTyped == null ? "" : emailAsTyped.trim().toLowerCase(Locale.ROOT);
        String secret = password == null ? "" : password;
        if (email.length() > MAXIMUM_EMAIL_LENGTH) {
            email = email.substring(0, MAXIMUM_EMAIL_LENGTH);
        }
        Optional<Account> found = accounts.findByEmail(email);
        // The database matches addresses loosely (case and accents), so the count is kept per
        // account found, not per spelling typed: "officér@" must not get a fresh allowance.
        String key = found.map(account -> "id:" + account.id()).orElse("email:" + email);
        if (throttle.blocked(key, address)) {
            return new Throttled();
        }
        if (found.isEmpty()) {
            passwords.spendTimeLikeACheck(secret);
            throttle.failed(key, address);
            return new Refused();
        }
        Account account = found.get();
        if (!passwords.matches(secret, account.passwordHash()) || account.disabled()) {
            throttle.failed(key, address);
            return new Refused();
        }
        throttle.succeeded(key);
        return new SignedIn(account, sessions.open(account.id()));
    }
}

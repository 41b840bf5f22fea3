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
        if (throttle.blocked(email, address)) {
            return new Throttled();
        }
        Optional<Account> found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            passwords.spendTimeLikeACheck(secret);
            throttle.failed(email, address);
            return new Refused();
        }
        Account account = found.get();
        if (!passwords.matches(secret, account.passwordHash()) || account.disabled()) {
            throttle.failed(email, address);
            return new Refused();
        }
        throttle.succeeded(email);
        return new SignedIn(account, sessions.open(account.id()));
    }
}

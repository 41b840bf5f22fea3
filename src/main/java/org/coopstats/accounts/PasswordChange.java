package org.coopstats.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;

import java.util.LinkedHashMap;
import java.util.Map;

/** Changes a password after checking the current one; every session of the account ends. */
@Singleton
public class PasswordChange {

    public static final int MINIMUM_LENGTH = 12;
    static final String SIGNED_OUT = "Too many wrong passwords. For your security you have been signed out: sign in again.";
    static final String TOO_LONG = "Use a shorter password: at most 72 bytes (about 70 letters, fewer in some scripts).";

    /** BCrypt reads at most 72 bytes; refuse more rather than silently ignore the rest. */
    static boolean tooLong(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72;
    }

    private final AccountRepository accounts;
    private final PasswordHasher passwords;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final SignInThrottle throttle;

    PasswordChange(AccountRepository accounts, PasswordHasher passwords, SessionStore sessions, AuditLog audit,
                   SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.throttle = throttle;
    }

    /** The problems by field name; empty when the password was changed. */
    @Transactional
    public Map<String, String> change(String email, PasswordChangeForm form) {
        Account account = accounts.findByEmail(email).orElseThrow();
        Map<String, String> problems = new LinkedHashMap<>();
        // someone at an unattended, signed-in computer must not get unlimited guesses
        String key = "change:" + account.id();
        if (throttle.accountBlocked(key)) {
            sessions.revokeAll(account.id());
            problems.put("current", SIGNED_OUT);
            return problems;
        }
        if (form.current() == null || !passwords.matches(form.current(), account.passwordHash())) {
            throttle.accountFailed(key);
            problems.put("current", "This is not your current password.");
        }
        String next = form.newPassword() == null ? "" : form.newPassword();
        if (tooLong(next)) {
            problems.put("newPassword", TOO_LONG);
        } else if (next.length() < MINIMUM_LENGTH) {
            problems.put("newPassword", "Use at least " + MINIMUM_LENGTH + " characters. A few words in a row are easy to remember.");
        } else if (next.equals(form.current())) {
            problems.put("newPassword", "Choose a password different from the current one.");
        }
        if (!next.equals(form.confirmation())) {
            problems.put("confirmation", "The two new passwords are not the same.");
        }
        if (problems.isEmpty()) {
            Account changed = accounts.update(new Account(account.id(), account.email(), account.displayName(),
                    passwords.hash(next), account.role(), account.stateIso3(), account.disabled(), false));
            sessions.revokeAll(account.id());
            audit.record(email, "PASSWORD_CHANGED", "account", account.id(), AccountSnapshot.of(account), AccountSnapshot.of(changed));
        }
        return problems;
    }
}

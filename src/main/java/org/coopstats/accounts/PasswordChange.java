package org.coopstats.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;
import org.coopstats.system.Message;

import java.util.LinkedHashMap;
import java.util.Map;

/** Changes a password after checking the current one; every session of the account ends. */
@Singleton
public class PasswordChange {

    public static final int MINIMUM_LENGTH = 12;
    static final Message TOO_LONG = Message.of("accounts.problem.tooLong");

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
    public Map<String, Message> change(String email, PasswordChangeForm form) {
        Account account = accounts.findByEmail(email).orElseThrow();
        Map<String, Message> problems = new LinkedHashMap<>();
        // someone at an unattended, signed-in computer must not get unlimited guesses
        String key = "change:" + account.id();
        if (throttle.accountBlocked(key)) {
            sessions.revokeAll(account.id());
            problems.put("current", Message.of("accounts.problem.signedOut"));
            return problems;
        }
        if (form.current() == null || !passwords.matches(form.current(), account.passwordHash())) {
            throttle.accountFailed(key);
            problems.put("current", Message.of("accounts.problem.notCurrent"));
        }
        String next = form.newPassword() == null ? "" : form.newPassword();
        if (tooLong(next)) {
            problems.put("newPassword", TOO_LONG);
        } else if (next.length() < MINIMUM_LENGTH) {
            problems.put("newPassword", Message.of("accounts.problem.tooShort", MINIMUM_LENGTH));
        } else if (next.equals(form.current())) {
            problems.put("newPassword", Message.of("accounts.problem.same"));
        }
        if (!next.equals(form.confirmation())) {
            problems.put("confirmation", Message.of("accounts.problem.mismatch"));
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

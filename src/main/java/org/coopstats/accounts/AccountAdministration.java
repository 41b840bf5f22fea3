package org.coopstats.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;
import org.coopstats.reference.ReferenceQueries;
import org.coopstats.system.Message;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** What administrators do to accounts; every change is audited and ends affected sessions. */
@Singleton
public class AccountAdministration {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final PasswordHasher passwords;
    private final SessionStore sessions;
    private final ReferenceQueries reference;
    private final AuditLog audit;

    AccountAdministration(AccountRepository accounts, PasswordHasher passwords, SessionStore sessions,
                          ReferenceQueries reference, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.reference = reference;
        this.audit = audit;
    }

    /** The problems by field; empty when the account was created. */
    @Transactional
    public Map<String, Message> create(String admin, AccountForm form) {
        Map<String, Message> problems = new LinkedHashMap<>();
        String email = form.email() == null ? "" : form.email().trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            problems.put("email", Message.of("accounts.problem.email"));
        } else if (accounts.findByEmail(email).isPresent()) {
            problems.put("email", Message.of("accounts.problem.emailTaken"));
        }
        checkProfile(form, problems);
        checkTemporaryPassword(form.temporaryPassword(), problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Role role = Role.valueOf(form.role());
        Account created = accounts.save(new Account(null, email, form.displayName().trim(),
                passwords.hash(form.temporaryPassword()), role, stateFor(role, form), false, true));
        audit.record(admin, "ACCOUNT_CREATED", "account", created.id(), null, AccountSnapshot.of(created));
        return problems;
    }

    /** The problems by field; empty when the account was changed. */
    @Transactional
    public Map<String, Message> update(String admin, long id, AccountForm form) {
        Account before = accounts.findById(id).orElseThrow();
        Map<String, Message> problems = new LinkedHashMap<>();
        checkProfile(form, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Role role = Role.valueOf(form.role());
        boolean losesAdministration = before.role() == Role.ADMIN && (role != Role.ADMIN || form.isDisabled());
        if (losesAdministration && before.email().equals(admin)) {
            problems.put("role", Message.of("accounts.problem.ownAdministration"));
            return problems;
        }
        if (losesAdministration && enabledAdministrators() <= 1) {
            problems.put("role", Message.of("accounts.problem.lastAdministrator"));
            return problems;
        }
        Account after = accounts.update(new Account(before.id(), before.email(), form.displayName().trim(),
                before.passwordHash(), role, stateFor(role, form), form.isDisabled(), before.mustChangePassword()));
        if (after.disabled() || after.role() != before.role() || !java.util.Objects.equals(after.stateIso3(), before.stateIso3())) {
            // what the old sessions were allowed no longer holds
            sessions.revokeAll(id);
        }
        audit.record(admin, "ACCOUNT_UPDATED", "account", id, AccountSnapshot.of(before), AccountSnapshot.of(after));
        return problems;
    }

    /** The problems by field; empty when the password was reset and the account's sessions ended. */
    @Transactional
    public Map<String, Message> resetPassword(String admin, long id, String temporaryPassword) {
        Account before = accounts.findById(id).orElseThrow();
        Map<String, Message> problems = new LinkedHashMap<>();
        checkTemporaryPassword(temporaryPassword, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Account after = accounts.update(new Account(before.id(), before.email(), before.displayName(),
                passwords.hash(temporaryPassword), before.role(), before.stateIso3(), before.disabled(), true));
        sessions.revokeAll(id);
        audit.record(admin, "PASSWORD_RESET", "account", id, AccountSnapshot.of(before), AccountSnapshot.of(after));
        return problems;
    }

    private long enabledAdministrators() {
        return accounts.findAll().stream().filter(a -> a.role() == Role.ADMIN && !a.disabled()).count();
    }

    public Optional<Account> find(long id) {
        return accounts.findById(id);
    }

    private void checkProfile(AccountForm form, Map<String, Message> problems) {
        if (form.displayName() == null || form.displayName().isBlank()) {
            problems.put("displayName", Message.of("accounts.problem.name"));
        }
        Optional<Role> role = roleOf(form.role());
        if (role.isEmpty()) {
            problems.put("role", Message.of("accounts.problem.role"));
        } else if (role.get() == Role.OFFICER) {
            if (form.stateIso3() == null || form.stateIso3().isBlank()) {
                problems.put("stateIso3", Message.of("accounts.problem.state"));
            } else if (reference.stateName(form.stateIso3()).isEmpty()) {
                problems.put("stateIso3", Message.of("accounts.problem.stateUnknown"));
            }
        }
    }

    private static void checkTemporaryPassword(String password, Map<String, Message> problems) {
        if (password != null && PasswordChange.tooLong(password)) {
            problems.put("temporaryPassword", PasswordChange.TOO_LONG);
        } else if (password == null || password.length() < PasswordChange.MINIMUM_LENGTH) {
            problems.put("temporaryPassword", Message.of("accounts.problem.temporaryPassword", PasswordChange.MINIMUM_LENGTH));
        }
    }

    private static Optional<Role> roleOf(String name) {
        try {
            return Optional.of(Role.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    private static String stateFor(Role role, AccountForm form) {
        return role == Role.OFFICER ? form.stateIso3() : null;
    }
}

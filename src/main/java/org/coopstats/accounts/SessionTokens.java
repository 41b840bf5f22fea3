package org.coopstats.accounts;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs the token of a session that SessionStore opened: the same token travels in the
 * browser's cookie or, for a State's own system, in an Authorization: Bearer header, and it
 * is honoured only while its session row stays open.
 */
@Singleton
public class SessionTokens {

    static final String MUST_CHANGE_CLAIM = "pwdChange";

    private final TokenGenerator tokens;
    private final SessionStore sessions;

    SessionTokens(TokenGenerator tokens, SessionStore sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    public String issue(Account account, String sessionId) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ActiveSessionValidator.SESSION_CLAIM, sessionId);
        attributes.put("name", account.displayName());
        if (account.stateIso3() != null) {
            attributes.put("state", account.stateIso3());
        }
        if (account.mustChangePassword()) {
            attributes.put(MUST_CHANGE_CLAIM, true);
        }
        return tokens.generateToken(Authentication.build(account.email(), List.of(account.role().name()), attributes),
                        (int) sessions.lifetime().toSeconds())
                .orElseThrow(() -> new IllegalStateException("no session token could be signed"));
    }
}

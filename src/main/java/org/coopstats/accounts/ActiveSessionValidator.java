package org.coopstats.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/** A signed cookie is accepted only while its session row is open (see SessionStore). */
@Singleton
class ActiveSessionValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final String SESSION_CLAIM = "sid";

    private final SessionStore sessions;

    ActiveSessionValidator(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        return claims.get(SESSION_CLAIM) instanceof String id && sessions.isActive(id);
    }
}

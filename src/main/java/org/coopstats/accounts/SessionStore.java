package org.coopstats.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.coopstats.db.Tables.APP_USER;
import static org.coopstats.db.Tables.USER_SESSION;

/** Server-side sessions: a signed-in cookie is only as good as its row here. */
@Singleton
public class SessionStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext db;
    private final Duration lifetime;

    SessionStore(DSLContext db, @Value("${coopstats.security.session-hours:8}") int sessionHours) {
        this.db = db;
        this.lifetime = Duration.ofHours(sessionHours);
    }

    public Duration lifetime() {
        return lifetime;
    }

    @Transactional
    public String open(long accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = now();
        db.insertInto(USER_SESSION)
                .set(USER_SESSION.ID, id)
                .set(USER_SESSION.USER_ID, accountId)
                .set(USER_SESSION.CREATED_AT, now)
                .set(USER_SESSION.EXPIRES_AT, now.plus(lifetime))
                .execute();
        return id;
    }

    /** Open, not expired, and its account not disabled. */
    @Transactional(readOnly = true)
    public boolean isActive(String id) {
        return db.fetchExists(db.selectOne()
                .from(USER_SESSION)
                .join(APP_USER).on(APP_USER.ID.eq(USER_SESSION.USER_ID))
                .where(USER_SESSION.ID.eq(id))
                .and(USER_SESSION.REVOKED_AT.isNull())
                .and(USER_SESSION.EXPIRES_AT.gt(now()))
                .and(APP_USER.DISABLED.isFalse()));
    }

    @Transactional
    public void revoke(String id) {
        db.update(USER_SESSION)
                .set(USER_SESSION.REVOKED_AT, now())
                .where(USER_SESSION.ID.eq(id))
                .and(USER_SESSION.REVOKED_AT.isNull())
                .execute();
    }

    @Transactional
    public void revokeAll(long accountId) {
        db.update(USER_SESSION)
                .set(USER_SESSION.REVOKED_AT, now())
                .where(USER_SESSION.USER_ID.eq(accountId))
                .and(USER_SESSION.REVOKED_AT.isNull())
                .execute();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}

package org.coopstats.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.coopstats.db.Tables.AUDIT_EVENT;

/** Writes the audit trail, in the transaction of the change it records. */
@Singleton
public class AuditLog {

    private final DSLContext db;
    private final JsonMapper json;

    AuditLog(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** before and after are snapshots (records) of the changed thing; null when it did not exist. */
    @Transactional
    public void record(String actor, String action, String entity, Object entityId,
                       @Nullable Object before, @Nullable Object after) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.HAPPENED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY, entity)
                .set(AUDIT_EVENT.ENTITY_ID, String.valueOf(entityId))
                .set(AUDIT_EVENT.BEFORE_VALUE, toJson(before))
                .set(AUDIT_EVENT.AFTER_VALUE, toJson(after))
                .execute();
    }

    private String toJson(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

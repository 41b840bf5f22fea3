package org.coopstats.publication;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;
import org.coopstats.disclosure.Disclosure;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import static org.coopstats.db.Tables.APP_USER;
import static org.coopstats.db.Tables.EDITION;
import static org.coopstats.db.Tables.EDITION_RETURN;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE;

/**
 * Publishing a cycle: a new edition that pins each State's latest accepted return version, with
 * the consent that version carries, and says what changed since the cycle's previous edition.
 * Drafts, returned and submitted-but-unreviewed versions are never pinned, so they can never
 * reach a public page.
 */
@Singleton
public class Publisher {

    private final DSLContext db;
    private final Disclosure disclosure;
    private final Editions editions;
    private final AuditLog audit;
    private final ApplicationEventPublisher<EditionPublished> events;

    Publisher(DSLContext db, Disclosure disclosure, Editions editions, AuditLog audit,
              ApplicationEventPublisher<EditionPublished> events) {
        this.db = db;
        this.disclosure = disclosure;
        this.editions = editions;
        this.audit = audit;
        this.events = events;
    }

    /** What publishing the cycle now would make; empty for an unknown cycle. Nothing is written. */
    @Transactional(readOnly = true)
    public Optional<NextEdition> next(String cycle) {
        return db.select(REPORTING_CYCLE.ID).from(REPORTING_CYCLE).where(REPORTING_CYCLE.CODE.eq(cycle))
                .fetchOptional(REPORTING_CYCLE.ID)
                .map(cycleId -> next(cycle, accepted(cycleId), null));
    }

    @Transactional
    public Edition publish(String cycle, @Nullable Long analystId, @Nullable String note) {
        return publish(cycle, analystId, note, LocalDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Publishes with the given time (UTC), which the demo uses to date its editions in the past.
     * Throws PublicationRefusedException, with nothing written, for a cycle with no accepted
     * return, one where nothing changed since its last edition, or a note over the limit.
     */
    @Transactional
    public Edition publish(String cycle, @Nullable Long analystId, @Nullable String note, LocalDateTime publishedAt) {
        String text = note == null || note.isBlank() ? null : note.strip();
        // the lock makes two analysts publishing the same cycle at once take numbers in turn
        Long cycleId = db.select(REPORTING_CYCLE.ID).from(REPORTING_CYCLE).where(REPORTING_CYCLE.CODE.eq(cycle))
                .forUpdate().fetchOptional(REPORTING_CYCLE.ID)
                .orElseThrow(() -> new NoSuchElementException("no reporting cycle " + cycle));
        Map<String, Pins.Pin> pins = accepted(cycleId);
        NextEdition next = next(cycle, pins, text);
        Optional<String> refusal = next.refusal();
        if (refusal.isPresent()) {
            throw new PublicationRefusedException(refusal.get(), next.number() - 1);
        }
        if (text != null && text.codePointCount(0, text.length()) > ChangeNote.NOTE_LIMIT) {
            throw new PublicationRefusedException("publish.refused.noteTooLong", ChangeNote.NOTE_LIMIT);
        }
        ChangeNote changes = next.changes();
        Long editionId = db.insertInto(EDITION)
                .set(EDITION.CYCLE_ID, cycleId)
                .set(EDITION.NUMBER, next.number())
                .set(EDITION.PUBLISHED_AT, publishedAt.truncatedTo(ChronoUnit.SECONDS))
                .set(EDITION.PUBLISHED_BY, analystId)
                .set(EDITION.STATES_PARTIES, db.fetchCount(STATE, STATE.UNTOC_PARTY.isTrue()))
                .set(EDITION.SUPPRESSION_THRESHOLD, changes.thresholdAfter())
                .set(EDITION.CHANGE_NOTE, text)
                .set(EDITION.RETURNS_ADDED, changes.returnsAdded())
                .set(EDITION.RETURNS_AMENDED, changes.returnsAmended())
                .set(EDITION.RETURNS_WITHDRAWN, changes.returnsWithdrawn())
                .set(EDITION.CASES_BEFORE, changes.casesBefore())
                .set(EDITION.CASES_AFTER, changes.casesAfter())
                .returningResult(EDITION.ID).fetchOne().value1();
        var insert = db.insertInto(EDITION_RETURN, EDITION_RETURN.EDITION_ID, EDITION_RETURN.RETURN_ID,
                EDITION_RETURN.STATE_ISO3, EDITION_RETURN.NAMED);
        pins.forEach((iso3, pin) -> insert.values(editionId, pin.returnId(), iso3, pin.named()));
        insert.execute();
        audit.record(actor(analystId), "EDITION_PUBLISHED", "edition", editionId, null,
                new Published(cycle, next.number(), changes));
        Edition edition = editions.find(cycle, next.number()).orElseThrow();
        events.publishEvent(new EditionPublished(edition));
        return edition;
    }

    private Map<String, Pins.Pin> accepted(long cycleId) {
        return Pins.accepted(db, cycleId);
    }

    /** Compares the versions that would be pinned with those of the cycle's latest edition. */
    private NextEdition next(String cycle, Map<String, Pins.Pin> pins, @Nullable String note) {
        // the edition keeps the threshold it was published with, whatever the setting becomes later
        int threshold = disclosure.threshold();
        long cases = Pins.cases(db, pins.values());
        Optional<Edition> latest = editions.latest(cycle);
        if (latest.isEmpty()) {
            return new NextEdition(cycle, 1, new ChangeNote(pins.size(), pins.size(), 0, 0, null, cases, null, threshold, note));
        }
        Map<String, Pins.Pin> before = Pins.ofEdition(db, latest.get().id());
        int added = 0;
        int amended = 0;
        for (Map.Entry<String, Pins.Pin> pin : pins.entrySet()) {
            Pins.Pin earlier = before.get(pin.getKey());
            if (earlier == null) {
                added++;
            } else if (earlier.returnId() != pin.getValue().returnId()) {
                amended++;
            }
        }
        int withdrawn = (int) before.keySet().stream().filter(iso3 -> !pins.containsKey(iso3)).count();
        return new NextEdition(cycle, latest.get().number() + 1, new ChangeNote(pins.size(), added, amended, withdrawn,
                Pins.cases(db, before.values()), cases, latest.get().suppressionThreshold(), threshold, note));
    }

    private String actor(@Nullable Long analystId) {
        return analystId == null ? "system"
                : db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(analystId)).fetchOptional(APP_USER.EMAIL).orElse("system");
    }

    @Serdeable
    record Published(String cycle, int number, ChangeNote changes) {
    }
}

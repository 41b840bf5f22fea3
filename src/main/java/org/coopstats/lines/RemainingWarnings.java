package org.coopstats.lines;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.coopstats.i18n.Text;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;

import static org.coopstats.db.Tables.CASE_LINE;

/** The warnings still standing on a draft's lines, for the page where the officer confirms submission. */
@Singleton
public class RemainingWarnings {

    private final DSLContext db;
    private final LineRules rules;
    private final CodeLists codeLists;

    RemainingWarnings(DSLContext db, LineRules rules, CodeLists codeLists) {
        this.db = db;
        this.rules = rules;
        this.codeLists = codeLists;
    }

    /** Line number (in the order of the return's table), line id and message, for every warning. */
    @Transactional(readOnly = true)
    public List<LineWarning> of(DraftReturn draft) {
        List<LineWarning> warnings = new ArrayList<>();
        LineText english = codeLists.codes().in(Text.ENGLISH);
        int[] number = {0};
        try (var lines = db.selectFrom(CASE_LINE).where(CASE_LINE.RETURN_ID.eq(draft.returnId()))
                .orderBy(CASE_LINE.ID).fetchSize(1000).fetchLazy()) {
            lines.forEach(row -> {
                number[0]++;
                StoredLine line = LineStore.stored(row);
                rules.check(LineInput.of(line.line()), draft.context()).warnings().values()
                        .forEach(said -> warnings.add(new LineWarning(number[0], line.id(), english.plain(said), said)));
            });
        }
        return warnings;
    }

    @io.micronaut.serde.annotation.Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    /**
     * @param message in English, for the JSON API
     * @param said    the same for a page to say in its language: codes.in(t).say(warning.said())
     */
    public record LineWarning(int lineNumber, long lineId, String message, @JsonIgnore Message said) {
    }
}

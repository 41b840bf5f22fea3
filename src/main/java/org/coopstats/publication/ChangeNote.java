package org.coopstats.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.coopstats.i18n.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What an edition changed against the cycle's previous edition, kept as numbers so that each
 * page puts it into words in its own language. casesBefore and thresholdBefore are null for a
 * cycle's first edition; note is the analyst's own text, shown as written.
 */
@Serdeable
public record ChangeNote(int returnsCounted, int returnsAdded, int returnsAmended, int returnsWithdrawn,
                         @Nullable Long casesBefore, long casesAfter,
                         @Nullable Integer thresholdBefore, int thresholdAfter, @Nullable String note) {

    /** The longest note an analyst may add, in characters. */
    public static final int NOTE_LIMIT = 1000;

    public boolean first() {
        return casesBefore == null;
    }

    /** True when the edition would count the same return versions as the previous one, under the same threshold. */
    public boolean nothingChanged() {
        return !first() && returnsAdded == 0 && returnsAmended == 0 && returnsWithdrawn == 0
                && thresholdBefore != null && thresholdBefore == thresholdAfter;
    }

    public long casesChange() {
        return first() ? casesAfter : casesAfter - casesBefore;
    }

    /**
     * The change in words, such as "Returns amended: 3; returns added: 1; cases: +214 (from
     * 10,420 to 10,634)". Each part is "what: how many" rather than "3 returns", so no language
     * needs plural forms.
     */
    public String words(Text t) {
        if (first()) {
            return t.get("publish.change.first", t.number(returnsCounted), t.number(casesAfter));
        }
        List<String> parts = new ArrayList<>();
        if (returnsAmended > 0) {
            parts.add(t.get("publish.change.amended", t.number(returnsAmended)));
        }
        if (returnsAdded > 0) {
            parts.add(t.get("publish.change.added", t.number(returnsAdded)));
        }
        if (returnsWithdrawn > 0) {
            parts.add(t.get("publish.change.withdrawn", t.number(returnsWithdrawn)));
        }
        if (parts.isEmpty()) {
            parts.add(t.get("publish.change.noReturn"));
        }
        long change = casesChange();
        parts.add(change == 0
                ? t.get("publish.change.casesSame", t.number(casesAfter))
                : t.get("publish.change.cases", (change > 0 ? "+" : "−") + t.number(Math.abs(change)),
                        t.number(casesBefore), t.number(casesAfter)));
        if (thresholdBefore != null && thresholdBefore != thresholdAfter) {
            parts.add(t.get("publish.change.threshold", t.number(thresholdAfter), t.number(thresholdBefore)));
        }
        String words = String.join(t.get("publish.change.separator"), parts);
        return words.substring(0, 1).toUpperCase(t.locale()) + words.substring(1);
    }

    /** The change in words, then the analyst's note as written, if there is one. */
    public String withNote(Text t) {
        return note == null || note.isBlank() ? words(t) : t.get("publish.change.withNote", words(t), note);
    }
}

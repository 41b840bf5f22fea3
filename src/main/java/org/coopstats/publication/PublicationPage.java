package org.coopstats.publication;

import io.micronaut.core.annotation.Nullable;

import org.coopstats.i18n.Text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The analyst's publication page: each cycle with its returns, editions and the next edition;
 * the edition just published, if the page follows a publication; the refused publication, if
 * the page answers one, with the note as the analyst wrote it.
 */
public record PublicationPage(int statesParties, List<CycleView> cycles, @Nullable Edition published,
                              @Nullable Refusal refusal) {

    public record CycleView(CycleStanding standing, List<Edition> editions, NextEdition next) {

        public String anchor() {
            return "cycle-" + segment(standing.code());
        }

        public String noteId() {
            return "note-" + segment(standing.code());
        }

        public String action() {
            return "/publication/" + segment(standing.code());
        }
    }

    /** Why the publication of a cycle was refused (a key of the publish bundle) and the note sent. */
    public record Refusal(String cycle, String key, Object[] arguments, String note) {

        public String message(Text t) {
            Object[] shown = Arrays.stream(arguments)
                    .map(argument -> argument instanceof Number number ? t.number(number.longValue()) : argument)
                    .toArray();
            return t.get(key, shown);
        }

        /** Where the error summary leads: the note when the note was refused, else the cycle. */
        public String target() {
            return (key.equals("publish.refused.noteTooLong") ? "note-" : "cycle-") + segment(cycle);
        }
    }

    /** True on the cycle of the edition just published, where its notice is shown. */
    public boolean publishedIn(CycleView cycle) {
        return published != null && published.cycle().equals(cycle.standing().code());
    }

    public boolean refusedFor(CycleView cycle) {
        return refusal != null && refusal.cycle().equals(cycle.standing().code());
    }

    /** The public page of an edition. */
    public static String publicPage(Edition edition) {
        return "/published/" + segment(edition.cycle()) + "/" + edition.number();
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

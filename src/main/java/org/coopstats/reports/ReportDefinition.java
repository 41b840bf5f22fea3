package org.coopstats.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One standard report as its file in reports/ declares it: a breakdown of /api/analytics (the
 * same codes) with a title, a chart type and a method note for readers. Highlighted codes are
 * codes of the rows dimension that a chart draws apart (refusals the Convention forbids).
 * title and notes are the file's English; title(Text) and notes(Text) give them in a page's
 * language from i18n/reports_*.properties (reports.<id>.title, reports.<id>.description).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportDefinition(String id, String title, String measure, String rows, @Nullable String cols,
                               Map<String, List<String>> filters, String status, String chart,
                               List<String> highlight, String notes) {

    /**
     * The title in the text's language. English is always the file's own words, so that an edited
     * file shows at once; a report without translations (one from COOPSTATS_REPORTS_DIR) keeps them too.
     */
    public String title(Text text) {
        return translated(text, "title", title);
    }

    public String title(Locale locale) {
        return title(text(locale));
    }

    /** The method note (the file's notes) in the text's language, as title(Text) does. */
    public String notes(Text text) {
        return translated(text, "description", notes);
    }

    public String notes(Locale locale) {
        return notes(text(locale));
    }

    /** The bundle key of one of the report's texts: reports.<id>.title, reports.<id>.description. */
    public String key(String part) {
        return "reports." + id + "." + part;
    }

    private String translated(Text text, String part, String english) {
        String key = key(part);
        return text.language() == Language.EN || !text.has(key) ? english : text.get(key);
    }

    static Text text(Locale locale) {
        return Text.of(Language.of(locale.toLanguageTag()).orElse(Language.EN));
    }

    /** The query parameters of /api/analytics that give this report's table. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("measure", List.of(measure));
        parameters.put("rows", List.of(rows));
        if (cols != null) {
            parameters.put("cols", List.of(cols));
        }
        parameters.put("status", List.of(status));
        parameters.putAll(filters);
        return parameters;
    }
}

package org.coopstats.upload;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.LanguageChoice;
import org.coopstats.i18n.TaxonomyLabels;
import org.coopstats.i18n.Text;
import org.coopstats.lines.LineInput;
import org.coopstats.reference.ReferenceQueries;
import org.coopstats.reference.StateView;
import org.coopstats.reference.Taxonomy;
import org.coopstats.reference.Term;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The two files a State's case-management system needs before uploading: a template with the
 * columns and one example row, and every allowed code with its label. UTF-8 with a byte-order
 * mark, so that spreadsheet programs open them with the right characters. The labels are in the
 * reader's language (?lang=, the language chosen on the pages, the browser's); the column names
 * and codes are the same in every language.
 */
@Controller("/csv")
@Secured(SecurityRule.IS_ANONYMOUS)
class CsvFormatController {

    /** The upload reads the same columns, by these codes, in any order. */
    static final List<String> COLUMNS = LineInput.COLUMNS;

    /** Which taxonomy gives the codes of each coded column. */
    static final Map<String, String> CODED_COLUMNS = Map.of(
            "cooperation_type", "cooperation_type", "direction", "direction",
            "legal_basis_category", "legal_basis_category", "legal_instrument", "legal_instrument",
            "offence_type", "offence_type", "electronic_evidence", "yes_no_unknown", "channel", "channel",
            "informal_consultation", "yes_no_unknown", "outcome", "outcome", "refusal_ground", "refusal_ground");

    private final ReferenceQueries reference;
    private final TaxonomyLabels labels;

    CsvFormatController(ReferenceQueries reference, TaxonomyLabels labels) {
        this.reference = reference;
        this.labels = labels;
    }

    @Get("/template.csv")
    HttpResponse<String> template() {
        return csv("case-lines-template.csv", printer -> {
            printer.printRecord(COLUMNS);
            printer.printRecord("MLA", "OUTGOING", "BRA", "UNTOC", "UNTOC_ART_18", "MONEY_LAUNDERING", "YES",
                    "CENTRAL_AUTHORITY", "NO", "EXECUTED", "", "1", "2025-02-03", "2025-06-30",
                    "Case file 2025/117");
        });
    }

    @Get("/codes.csv")
    HttpResponse<String> codes(HttpRequest<?> request) {
        List<Taxonomy> taxonomies = reference.taxonomies();
        List<StateView> states = reference.states();
        Text text = Text.of(LanguageChoice.of(request));
        boolean english = text.language() == Language.EN;
        return csv("case-lines-codes.csv", printer -> {
            printer.printRecord("column", "code", "label", "belongs_to");
            for (String column : COLUMNS) {
                if (column.equals("counterpart_iso3")) {
                    printer.printRecord(column, "", text.get("upload.codes.notStated"), "");
                    for (StateView state : states) {
                        printer.printRecord(column, state.iso3(),
                                english ? state.name() : labels.label(TaxonomyLabels.STATE_TAXONOMY, state.iso3(), text.locale()), "");
                    }
                }
                String taxonomy = CODED_COLUMNS.get(column);
                if (taxonomy == null) {
                    continue;
                }
                for (Term term : taxonomies.stream().filter(t -> t.code().equals(taxonomy)).findFirst().orElseThrow().terms()) {
                    printer.printRecord(column, term.code(), english ? term.label() : labels.label(taxonomy, term.code(), text.locale()),
                            term.parent() == null ? "" : term.parent());
                }
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static HttpResponse<String> csv(String filename, Rows rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toString())
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}

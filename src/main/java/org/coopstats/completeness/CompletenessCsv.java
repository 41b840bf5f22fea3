package org.coopstats.completeness;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coopstats.analytics.AnalyticsCsv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * One row per State party (RFC 4180, UTF-8). Times are UTC; "late" is empty where nothing was
 * submitted. Text cells that a spreadsheet would read as a formula are neutralised as in the
 * analytics CSV.
 */
final class CompletenessCsv {

    static final List<String> HEADER = List.of("iso3", "name", "region_code", "region", "subregion_code", "subregion",
            "status", "status_label", "version", "submitted_at", "late", "lines", "cases", "amendment_in_draft");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private CompletenessCsv() {
    }

    static String of(List<StateCompleteness> states, boolean byteOrderMark) {
        StringWriter out = new StringWriter();
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (StateCompleteness state : states) {
                printer.printRecord(row(state).map(AnalyticsCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Stream<String> row(StateCompleteness state) {
        boolean sent = state.status() != CompletenessStatus.NONE && state.status() != CompletenessStatus.DRAFT;
        return Stream.of(state.iso3(), state.name(), state.regionCode(), state.regionLabel(),
                text(state.subregionCode()), text(state.subregionLabel()),
                state.status().code(), state.status().label(),
                state.version() == null ? "" : state.version().toString(),
                state.submittedAt() == null ? "" : UTC.format(state.submittedAt()),
                sent ? Boolean.toString(state.late()) : "",
                Integer.toString(state.lines()), state.cases().toPlainString(),
                state.amendmentInDraft() == null ? "" : state.amendmentInDraft().toString());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

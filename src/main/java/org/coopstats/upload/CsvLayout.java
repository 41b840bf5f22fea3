package org.coopstats.upload;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coopstats.lines.LineInput;
import org.coopstats.lines.Message;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of an uploaded file, from its header row: the separator (a comma, or a semicolon as
 * spreadsheets write in many languages) and which column code sits at each position, in any order.
 * columnAt holds null for a column with an empty name.
 */
record CsvLayout(char delimiter, List<String> columnAt) {

    /** The columns whose value every line needs; the others may be left out of the file. */
    static final List<String> REQUIRED = List.of("cooperation_type", "direction", "legal_basis_category", "offence_type",
            "electronic_evidence", "channel", "informal_consultation", "outcome");

    static CsvLayout read(Path file) throws IOException, UploadRefusedException {
        char delimiter = delimiter(firstLine(file));
        try (CSVParser parser = CSVParser.parse(reader(file), format(delimiter))) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> names = new ArrayList<>();
            records.next().forEach(name -> names.add(name.strip().toLowerCase(Locale.ROOT)));
            return check(delimiter, names);
        } catch (java.io.UncheckedIOException e) {
            throw UploadRefusedException.file("upload.headerUnreadable", String.valueOf(e.getCause().getMessage()));
        }
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
    }

    static Reader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        }
    }

    /** The separator used more often in the header, outside quotes; a comma when there is neither. */
    private static char delimiter(String header) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static CsvLayout check(char delimiter, List<String> names) throws UploadRefusedException {
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> columnAt = new ArrayList<>();
        for (String name : names) {
            if (name.isEmpty()) {
                columnAt.add(null);
                continue;
            }
            if (!LineInput.COLUMNS.contains(name)) {
                unknown.add(name);
            } else if (!seen.add(name)) {
                throw UploadRefusedException.file("upload.columnTwice", name);
            }
            columnAt.add(name);
        }
        if (!unknown.isEmpty()) {
            Message said = Message.of(unknown.size() == 1 ? "upload.unknownColumn" : "upload.unknownColumns", quoted(unknown),
                    String.join(", ", LineInput.COLUMNS));
            throw UploadRefusedException.file(names.size() == 1 ? Message.of("upload.join", said, Message.of("upload.oneColumnOnly")) : said);
        }
        List<String> missing = REQUIRED.stream().filter(column -> !seen.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw UploadRefusedException.file(missing.size() == 1 ? "upload.missingColumn" : "upload.missingColumns", quoted(missing),
                    String.join(", ", REQUIRED));
        }
        return new CsvLayout(delimiter, columnAt);
    }

    private static String quoted(List<String> names) {
        return names.stream()
                .map(name -> "\"" + (name.length() > 60 ? name.substring(0, 60) + "…" : name) + "\"")
                .collect(Collectors.joining(", "));
    }
}

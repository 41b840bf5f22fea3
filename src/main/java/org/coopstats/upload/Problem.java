package org.coopstats.upload;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.coopstats.lines.LineText;
import org.coopstats.lines.Message;

/**
 * One thing wrong (or, as a warning, worth checking) in one cell: row as the spreadsheet numbers it.
 * column and message are English, for the JSON API; said (and columnSaid, when the column is
 * no column code but a position) let a page say them in its reader's language.
 */
@Serdeable
public record Problem(long row, String column, String value, String message,
                      @JsonIgnore Message said, @JsonIgnore @Nullable Message columnSaid) {

    static Problem of(long row, String column, String value, Message said, LineText english) {
        return new Problem(row, column, value, english.plain(said), said, null);
    }

    /** A cell that belongs to no named column: the position says where it is. */
    static Problem atPosition(long row, int position, String value, Message said, LineText english) {
        Message column = Message.of("upload.columnAt", String.valueOf(position));
        return new Problem(row, english.plain(column), value, english.plain(said), said, column);
    }
}

package org.coopstats.upload;

import org.coopstats.lines.Message;

/**
 * Looks at every byte of an incoming CSV file as it arrives: counts bytes and rows against the
 * limits, and refuses bytes that are not UTF-8 (a Latin-1 or Windows-1252 file) or NUL bytes
 * (a UTF-16 file without a byte-order mark) with the row they are on. Rows are counted as a
 * spreadsheet shows them: a line break inside quotes does not start a row, and a row with
 * nothing but separators and spaces (what spreadsheets leave at the end) is not counted.
 */
final class CsvByteCheck {

    static final Message SAVE_AS = Message.of("upload.saveAsUtf8");

    private final UploadSettings limits;
    private long bytes;
    private long rowsWithContent;
    private long row = 1;
    private boolean quoted;
    private boolean content;
    private int continuation;
    private int low = 0x80;
    private int high = 0xBF;

    CsvByteCheck(UploadSettings limits) {
        this.limits = limits;
    }

    void scan(byte[] buffer, int length) throws UploadRefusedException {
        bytes += length;
        if (bytes > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        for (int i = 0; i < length; i++) {
            int b = buffer[i] & 0xFF;
            if (continuation > 0) {
                if (b < low || b > high) {
                    throw notUtf8();
                }
                continuation--;
                low = 0x80;
                high = 0xBF;
            } else if (b < 0x80) {
                ascii(b);
            } else {
                content = true;
                lead(b);
            }
        }
    }

    /** Call at the end of the file; the number of data rows (the header not counted). */
    long finish() throws UploadRefusedException {
        if (continuation > 0) {
            throw notUtf8();
        }
        endRow();
        return Math.max(0, rowsWithContent - 1);
    }

    long bytes() {
        return bytes;
    }

    static UploadRefusedException tooLarge(UploadSettings limits) {
        return UploadRefusedException.tooLarge(Message.of("upload.tooLarge", limits.maxSize()));
    }

    private void ascii(int b) throws UploadRefusedException {
        if (b == 0) {
            throw UploadRefusedException.file("upload.nulBytes", String.valueOf(row), SAVE_AS);
        }
        if (b == '"') {
            quoted = !quoted;
            content = true;
        } else if (b == '\n' && !quoted) {
            endRow();
            row++;
        } else if (quoted || (b != '\r' && b != ' ' && b != '\t' && b != ',' && b != ';')) {
            content = true;
        }
    }

    /** The first byte of a multi-byte UTF-8 sequence, with the ranges that rule out overlong forms and surrogates. */
    private void lead(int b) throws UploadRefusedException {
        if (b >= 0xC2 && b <= 0xDF) {
            continuation = 1;
        } else if (b == 0xE0) {
            continuation = 2;
            low = 0xA0;
        } else if (b == 0xED) {
            continuation = 2;
            high = 0x9F;
        } else if (b >= 0xE1 && b <= 0xEF) {
            continuation = 2;
        } else if (b == 0xF0) {
            continuation = 3;
            low = 0x90;
        } else if (b == 0xF4) {
            continuation = 3;
            high = 0x8F;
        } else if (b >= 0xF1 && b <= 0xF3) {
            continuation = 3;
        } else {
            throw notUtf8();
        }
    }

    private void endRow() throws UploadRefusedException {
        if (content) {
            rowsWithContent++;
            if (rowsWithContent - 1 > limits.maxRows()) {
                throw UploadRefusedException.tooLarge(Message.of("upload.tooManyRows", limits.maxRows()));
            }
        }
        content = false;
    }

    private UploadRefusedException notUtf8() {
        return UploadRefusedException.file("upload.notUtf8", String.valueOf(row), SAVE_AS);
    }
}

package org.coopstats.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded CSV file copied to a temporary file while it arrives, checked byte by byte on
 * the way ({@link CsvByteCheck}): the copy is UTF-8 without a byte-order mark, within the limits.
 */
record IncomingCsv(Path path, long bytes, long rows) {

    private static final int BUFFER = 64 * 1024;

    /** Reads body to its end, or until a limit or an encoding problem refuses it. */
    static IncomingCsv receive(InputStream body, UploadSettings limits) throws UploadRefusedException, IOException {
        Path path = Files.createTempFile("coopstats-upload-", ".csv");
        try (OutputStream out = Files.newOutputStream(path)) {
            CsvByteCheck check = new CsvByteCheck(limits);
            byte[] buffer = new byte[BUFFER];
            int length = body.readNBytes(buffer, 0, 4);
            int start = skipByteOrderMark(buffer, length);
            if (length == 0) {
                throw UploadRefusedException.file("upload.empty");
            }
            System.arraycopy(buffer, start, buffer, 0, length - start);
            length -= start;
            while (length >= 0) {
                check.scan(buffer, length);
                out.write(buffer, 0, length);
                length = body.read(buffer);
            }
            return new IncomingCsv(path, check.bytes(), check.finish());
        } catch (UploadRefusedException | IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int skipByteOrderMark(byte[] start, int length) throws UploadRefusedException {
        if (length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF) || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
            throw UploadRefusedException.file("upload.utf16", CsvByteCheck.SAVE_AS);
        }
        if (length >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF) {
            return 3;
        }
        return 0;
    }
}

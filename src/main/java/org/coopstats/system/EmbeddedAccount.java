package org.coopstats.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded server's account for the service. Its password is made at the first start and
 * kept in the data directory, readable by its owner only; at every start an init file, deleted
 * once the server runs, makes sure the account exists with that password and may use the
 * coopstats databases and nothing else. Without this, any local user could connect to the
 * server's port and read or change every return.
 */
final class EmbeddedAccount {

    static final String PASSWORD_FILE = "mariadb-password";
    private static final java.util.regex.Pattern PASSWORD = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{32}");

    private EmbeddedAccount() {
    }

    static String password(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!PASSWORD.matcher(kept).matches()) {
                    // it goes into SQL run with every privilege: only what this class writes is taken
                    throw new StartupRefusedException("the file " + file + " does not hold a password this service made. "
                            + "Restore it, or delete it to make a new one.");
                }
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                return kept;
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            writeOwnerOnly(file, password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements the server runs as it starts, with every privilege, before anyone connects. */
    static Path writeInitFile(Path dataDir, String account, String password, String database) {
        Path file = dataDir.resolve("mariadb-init.sql");
        String user = "'" + account + "'@'127.0.0.1'";
        // the password is URL-safe Base64: no quote or backslash can end the string early
        String statements = "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "';\n"
                + "ALTER USER " + user + " IDENTIFIED BY '" + password + "';\n"
                // coopstats and coopstats_*: the specs make scratch databases beside the main one
                + "GRANT ALL PRIVILEGES ON `" + database + "%`.* TO " + user + ";\n"
                // the install leaves an anonymous account with rights on test databases, open to
                // any local user through the socket: remove both
                + "DELETE FROM mysql.global_priv WHERE User = '';\n"
                + "DELETE FROM mysql.db WHERE User = '';\n"
                + "FLUSH PRIVILEGES;\n"
                + "DROP DATABASE IF EXISTS test;\n";
        try {
            writeOwnerOnly(file, statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static void deleteInitFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }
}

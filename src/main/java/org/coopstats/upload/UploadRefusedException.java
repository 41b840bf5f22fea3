package org.coopstats.upload;

import io.micronaut.http.HttpStatus;
import org.coopstats.i18n.Text;
import org.coopstats.lines.Message;

/**
 * A file refused as a whole, before any row is checked: too large, not UTF-8, a header that
 * does not match the template, or a return that cannot change. field says where the form shows it;
 * the page says it in the officer's language, the API (getMessage) in English.
 */
final class UploadRefusedException extends Exception {

    private final HttpStatus status;
    private final String field;
    private final Message said;

    UploadRefusedException(HttpStatus status, String field, Message said) {
        super(said.in(Text.ENGLISH), null, false, false);
        this.status = status;
        this.field = field;
        this.said = said;
    }

    static UploadRefusedException file(String key, Object... arguments) {
        return new UploadRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "file", Message.of(key, arguments));
    }

    static UploadRefusedException file(Message said) {
        return new UploadRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "file", said);
    }

    static UploadRefusedException tooLarge(Message said) {
        return new UploadRefusedException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file", said);
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    Message said() {
        return said;
    }
}

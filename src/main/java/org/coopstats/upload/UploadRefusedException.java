package org.coopstats.upload;

import io.micronaut.http.HttpStatus;

/**
 * A file refused as a whole, before any row is checked: too large, not UTF-8, a header that
 * does not match the template, or a return that cannot change. field says where the form shows it.
 */
final class UploadRefusedException extends Exception {

    private final HttpStatus status;
    private final String field;

    UploadRefusedException(HttpStatus status, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    static UploadRefusedException file(String message) {
        return new UploadRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "file", message);
    }

    static UploadRefusedException tooLarge(String message) {
        return new UploadRefusedException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file", message);
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}

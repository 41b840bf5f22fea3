package org.coopstats.system;

/** A state-changing request without the form's token: expired page or another site. */
public class CsrfRejectedException extends RuntimeException {

    CsrfRejectedException() {
        super("missing or wrong form token");
    }
}

package org.coopstats.returns;

/** A publication consent other than NAMED or TOTALS_ONLY: nothing is saved. */
public class ConsentNotUnderstoodException extends RuntimeException {

    ConsentNotUnderstoodException(String sent) {
        super("publicationConsent must be one of " + PublicationConsent.allowed() + ", not \"" + abbreviated(sent) + "\".");
    }

    private static String abbreviated(String sent) {
        return sent.length() > 40 ? sent.substring(0, 40) + "…" : sent;
    }
}

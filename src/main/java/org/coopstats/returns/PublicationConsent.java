package org.coopstats.returns;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A State's consent to publication, carried by each version of its return: NAMED lets its
 * figures be shown under its name; TOTALS_ONLY, the default, lets them count only inside
 * regional and global totals.
 */
public enum PublicationConsent {
    NAMED,
    TOTALS_ONLY;

    public static final PublicationConsent DEFAULT = TOTALS_ONLY;

    /** The consent a code names, exactly as the API and the form send it. */
    public static Optional<PublicationConsent> of(String code) {
        return Arrays.stream(values()).filter(consent -> consent.name().equals(code)).findFirst();
    }

    /**
     * The consent sent with a form or a JSON body: null when none was sent (keep what the draft
     * has); anything other than the two codes is refused with the allowed values.
     */
    public static PublicationConsent parse(String sent) {
        if (sent == null) {
            return null;
        }
        return of(sent).orElseThrow(() -> new ConsentNotUnderstoodException(sent));
    }

    /** "NAMED, TOTALS_ONLY", for messages that list what is allowed. */
    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The bundle key of its words, such as consent.NAMED. */
    public String key() {
        return "consent." + name();
    }
}

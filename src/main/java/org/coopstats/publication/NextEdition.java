package org.coopstats.publication;

import java.util.Optional;

/** The edition publishing the cycle now would make: its number and what it would change. */
public record NextEdition(String cycle, int number, ChangeNote changes) {

    /** The bundle key saying why it cannot be published, if it cannot. */
    public Optional<String> refusal() {
        if (changes.returnsCounted() == 0) {
            return Optional.of("publish.refused.noAccepted");
        }
        if (changes.nothingChanged()) {
            // the same versions under the same rule: a second copy of the previous edition is noise
            return Optional.of("publish.refused.unchanged");
        }
        return Optional.empty();
    }
}

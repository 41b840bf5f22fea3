package org.coopstats.explore;

import java.util.List;

/** The codes of one dimension a reader may keep, and how many are kept. */
public record FilterChoices(String dimension, String label, List<Choice> choices) {

    public long selectedCount() {
        return choices.stream().filter(Choice::selected).count();
    }
}

package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the public page templates show, already in the page's language. */
public final class Views {

    private Views() {
    }

    /** An edition as pages name it: number, when, why, where. */
    public record EditionRef(String cycle, int number, String published, @Nullable String changeNote, String path) {
    }

    public record CycleEditions(String cycle, EditionRef latest, List<EditionRef> earlier) {
    }

    public record Listing(List<CycleEditions> cycles) {
    }

    public record Figure(String label, String value, @Nullable String before) {
    }

    public record TypeRow(String label, String cases, String share) {
    }

    public record Report(String id, String title, String notes, PublicTable table) {
    }

    public record StateLink(String name, String path) {
    }

    /**
     * A cycle summary. latestAddress: shown at /published/{cycle} (it says it is the latest); earlier:
     * the cycle's earlier editions; previousCycle: the cycle compared with, if any.
     */
    public record Summary(EditionRef edition, boolean latestAddress, List<EditionRef> earlier, @Nullable String previousCycle,
                          List<Figure> headline, List<TypeRow> byType, List<String> sentences, List<Report> reports,
                          List<StateLink> states, int threshold, String statesReporting, String statesParties) {

        public boolean anyHidden() {
            return reports.stream().anyMatch(report -> report.table().anyHidden());
        }
    }

    public record State(EditionRef edition, String iso3, String name, List<Report> tables, int threshold) {

        public boolean anyHidden() {
            return tables.stream().anyMatch(table -> table.table().anyHidden());
        }
    }
}

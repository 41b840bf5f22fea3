package org.coopstats.published;

import org.coopstats.publication.Edition;

import java.util.List;
import java.util.Optional;

/** A consenting State's page for one edition: its own tables and what its partners reported about it. */
record StateFigures(Edition edition, String iso3, String englishName, List<FigureTable> tables) {

    /** The tables of a State page, in the order the page shows them. */
    static final List<String> TABLES = List.of("cooperation", "direction", "outcomes", "refusal-grounds", "partners");

    Optional<FigureTable> table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }
}

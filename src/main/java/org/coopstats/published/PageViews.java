package org.coopstats.published;

import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsTable.Heading;
import org.coopstats.analytics.Dimension;
import org.coopstats.i18n.Text;
import org.coopstats.publication.Edition;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns published figures into what a page shows in one language. */
@Singleton
class PageViews {

    private final PublishedLabels labels;

    PageViews(PublishedLabels labels) {
        this.labels = labels;
    }

    Wording words(Text t) {
        return new Wording(t, labels);
    }

    Views.Listing listing(PublishedIndex.Snapshot editions, Text t) {
        List<Views.CycleEditions> cycles = new ArrayList<>();
        for (String cycle : editions.cycles()) {
            List<Edition> ofCycle = editions.ofCycle(cycle);
            cycles.add(new Views.CycleEditions(cycle, ref(ofCycle.get(0), t),
                    ofCycle.subList(1, ofCycle.size()).stream().map(e -> ref(e, t)).toList()));
        }
        return new Views.Listing(cycles);
    }

    Views.Summary summary(EditionFigures figures, List<Edition> earlier, boolean latestAddress, Text t) {
        Wording words = words(t);
        Edition edition = figures.edition();
        Headline now = figures.headline();
        Headline before = figures.previous();
        List<Views.Figure> headline = new ArrayList<>();
        headline.add(new Views.Figure(t.get("published.headline.states"),
                t.get("published.headline.statesOf", t.number(now.statesReporting()), t.number(now.statesParties())),
                before == null ? null : t.get("published.headline.statesOf", t.number(before.statesReporting()),
                        t.number(before.statesParties()))));
        headline.add(new Views.Figure(t.get("published.headline.cases"), t.number(now.cases()),
                before == null ? null : t.number(before.cases())));
        headline.add(new Views.Figure(t.get("published.headline.convention"), share(t, now.conventionShare()),
                before == null ? null : share(t, before.conventionShare())));
        headline.add(new Views.Figure(t.get("published.headline.refusals"), share(t, now.refusalRate()),
                before == null ? null : share(t, before.refusalRate())));
        List<Views.TypeRow> byType = now.byType().stream().map(type -> new Views.TypeRow(SummaryText.type(words, type),
                t.number(type.cases()), share(t, type.conventionShare()))).toList();
        String base = "/published/" + edition.path() + "/reports/";
        String source = source(edition, t);
        List<Views.Report> reports = figures.reports().stream().map(report -> {
            String title = words.title(report.definition());
            PublicTable table = PublicTable.of(report.table(), title, words, base + report.definition().id(),
                    PublicCharts.alt(report.table(), title, words));
            return new Views.Report(report.definition().id(), title, words.notes(report.definition()), table);
        }).toList();
        List<Views.StateLink> states = figures.named().entrySet().stream()
                .map(state -> new Views.StateLink(words.heading(Dimension.REPORTING_STATE, new Heading(state.getKey(), state.getValue())),
                        "/published/" + edition.path() + "/states/" + state.getKey()))
                .sorted(Comparator.comparing(Views.StateLink::name, java.text.Collator.getInstance(t.locale())))
                .toList();
        return new Views.Summary(ref(edition, t), latestAddress, earlier.stream().map(e -> ref(e, t)).toList(),
                before == null ? null : before.edition().cycle(), headline, byType, SummaryText.of(now, before, words),
                reports, states, edition.suppressionThreshold(), t.number(now.statesReporting()), t.number(now.statesParties()));
    }

    Views.State state(StateFigures figures, Text t) {
        Wording words = words(t);
        String name = stateName(figures, words);
        String base = "/published/" + figures.edition().path() + "/states/" + figures.iso3() + "/";
        List<Views.Report> tables = figures.tables().stream().map(table -> {
            String title = stateTableTitle(table.id(), name, t);
            PublicTable shown = PublicTable.of(table, title, words, base + table.id(), PublicCharts.alt(table, title, words));
            return new Views.Report(table.id(), title, t.get("published.state.notes." + table.id(), name), shown);
        }).toList();
        return new Views.State(ref(figures.edition(), t), figures.iso3(), name, tables, figures.edition().suppressionThreshold());
    }

    String stateName(StateFigures figures, Wording words) {
        return words.heading(Dimension.REPORTING_STATE, new Heading(figures.iso3(), figures.englishName()));
    }

    static String stateTableTitle(String id, String name, Text t) {
        return t.get("published.state.table." + id, name);
    }

    /** The line under each chart: which edition its figures come from. */
    static String source(Edition edition, Text t) {
        return t.get("published.chart.source", edition.cycle(), t.number(edition.number()), published(edition, t));
    }

    Views.EditionRef ref(Edition edition, Text t) {
        return new Views.EditionRef(edition.cycle(), edition.number(), published(edition, t), changeNote(edition, t),
                "/published/" + edition.path());
    }

    /** What the edition changed, in the page's language, then the analyst's own words as published. */
    static String changeNote(Edition edition, Text t) {
        return edition.changes().withNote(t);
    }

    static String published(Edition edition, Text t) {
        return t.dateTime(edition.publishedAt().toInstant(ZoneOffset.UTC));
    }

    private static String share(Text t, java.math.BigDecimal fraction) {
        return fraction == null ? "–" : t.percent(fraction.doubleValue(), 1);
    }
}

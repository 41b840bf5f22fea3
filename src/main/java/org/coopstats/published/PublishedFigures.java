package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQueries;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Labels;
import org.coopstats.analytics.Measure;
import org.coopstats.charts.ChartType;
import org.coopstats.publication.Edition;
import org.coopstats.publication.Editions;
import org.coopstats.reports.ReportDefinition;
import org.coopstats.reports.ReportDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * The published figures: every number of the public pages, computed by the analytics engine
 * over exactly the return versions an edition pinned (never over live returns), and made fit
 * for publication by PublicTables. Editions never change, so the results are cached by the
 * pages that use them.
 */
@Singleton
public class PublishedFigures {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedFigures.class);
    private static final Set<String> ACCEPTED = Set.of("ACCEPTED");
    private static final Set<String> FORBIDDEN_GROUNDS = Set.of("BANK_SECRECY", "FISCAL_OFFENCE");

    private final AnalyticsQueries queries;
    private final Editions editions;
    private final ReportDefinitions reports;
    private final Labels labels;
    private final Suppression suppression;

    PublishedFigures(AnalyticsQueries queries, Editions editions, ReportDefinitions reports, Labels labels,
                     Suppression suppression) {
        this.queries = queries;
        this.editions = editions;
        this.reports = reports;
        this.labels = labels;
        this.suppression = suppression;
    }

    /** The States the edition may name: those whose pinned return consented. */
    Set<String> named(Edition edition) {
        Set<String> named = new HashSet<>();
        editions.consents(edition.id()).forEach((iso3, consent) -> {
            if (consent) {
                named.add(iso3);
            }
        });
        return named;
    }

    /** all: every edition, newest cycle first (Editions.all), to find the previous cycle and the earlier cycles. */
    EditionFigures summary(Edition edition, List<Edition> all) {
        Set<Long> pinned = editions.returnIds(edition.id());
        Set<String> named = named(edition);
        Edition previousEdition = previousCycle(edition, all);
        Headline previous = previousEdition == null ? null : headline(previousEdition, editions.returnIds(previousEdition.id()));
        List<EditionFigures.Report> tables = new ArrayList<>();
        for (ReportDefinition report : reports.list()) {
            AnalyticsQuery query = reports.query(report);
            Set<Long> returns = query.dimensions().contains(Dimension.CYCLE) ? throughCycle(edition, all, pinned) : pinned;
            FigureTable table = reportTable(report, query.over(returns), named, edition.suppressionThreshold());
            if (table == null) {
                LOG.warn("Report {} is left out of public pages: it would name States that did not consent in a figure "
                        + "that does not add up", report.id());
            } else {
                tables.add(new EditionFigures.Report(report, table));
            }
        }
        Map<String, String> names = new TreeMap<>();
        Map<String, String> english = labels.options(Dimension.REPORTING_STATE);
        named.forEach(iso3 -> names.put(iso3, english.getOrDefault(iso3, iso3)));
        return new EditionFigures(edition, headline(edition, pinned), previous, tables, names);
    }

    /** A named State's figures; empty tables list never: call only for a State the edition may name. */
    StateFigures state(Edition edition, String iso3) {
        Set<Long> pinned = editions.returnIds(edition.id());
        Set<String> partners = new HashSet<>(named(edition));
        partners.remove(iso3);
        int threshold = edition.suppressionThreshold();
        Map<Dimension, Set<String>> own = Map.of(Dimension.REPORTING_STATE, Set.of(iso3));
        List<FigureTable> tables = new ArrayList<>();
        tables.add(stateTable("cooperation", Dimension.COOPERATION_TYPE, Dimension.LEGAL_BASIS, ChartType.STACKED, own,
                pinned, threshold, Set.of(), Set.of()));
        tables.add(stateTable("direction", Dimension.DIRECTION, null, ChartType.BAR, own, pinned, threshold, Set.of(),
                Set.of()));
        // every refused line has a ground, so the refusal grounds' total is the refused cases: hiding
        // them here to protect another outcome would protect nothing
        tables.add(stateTable("outcomes", Dimension.OUTCOME, null, ChartType.BAR, own, pinned, threshold, Set.of(),
                Set.of("REFUSED")));
        tables.add(stateTable("refusal-grounds", Dimension.REFUSAL_GROUND, null, ChartType.BAR,
                Map.of(Dimension.REPORTING_STATE, Set.of(iso3), Dimension.OUTCOME, Set.of("REFUSED")), pinned, threshold,
                FORBIDDEN_GROUNDS, Set.of()));
        AnalyticsTable mirror = queries.run(query(Measure.CASES, Dimension.REPORTING_STATE, Dimension.DIRECTION,
                Map.of(Dimension.COUNTERPART_STATE, Set.of(iso3)), pinned));
        mirror = PublicTables.nameOnly(mirror, Measure.CASES, Dimension.REPORTING_STATE, Dimension.DIRECTION, partners);
        // the partners' directions are their own: their outgoing requests went to this State
        tables.add(PublicTables.protect("partners", Measure.CASES, Dimension.REPORTING_STATE, Dimension.DIRECTION,
                ChartType.STACKED, mirror, PublicTables.everything(), PublicTables.nothing(), suppression, threshold, Set.of())
                .withColumnKeys(Map.of("OUTGOING", "published.partners.OUTGOING", "INCOMING", "published.partners.INCOMING")));
        String name = labels.options(Dimension.REPORTING_STATE).getOrDefault(iso3, iso3);
        return new StateFigures(edition, iso3, name, tables);
    }

    /** publishedElsewhere: the row codes whose figures another table of the page gives away. */
    private FigureTable stateTable(String id, Dimension rows, @Nullable Dimension cols, ChartType chart,
                                   Map<Dimension, Set<String>> filters, Set<Long> pinned, int threshold, Set<String> highlight,
                                   Set<String> publishedElsewhere) {
        AnalyticsTable table = queries.run(query(Measure.CASES, rows, cols, filters, pinned));
        return PublicTables.protect(id, Measure.CASES, rows, cols, chart, table, PublicTables.everything(),
                (r, c) -> r >= 0 && publishedElsewhere.contains(table.rows().get(r).code()), suppression, threshold,
                highlight);
    }

    @Nullable
    private FigureTable reportTable(ReportDefinition report, AnalyticsQuery query, Set<String> named, int threshold) {
        AnalyticsTable table = PublicTables.nameOnly(queries.run(query), query.measure(), query.rows(), query.cols(), named);
        if (table == null) {
            return null;
        }
        Map<String, Long> rowStates = statesBehind(query, query.rows());
        Map<String, Long> colStates = statesBehind(query, query.cols());
        BiPredicate<Integer, Integer> eligible = PublicTables.byHeadings(
                r -> identifying(query.rows(), table.rows().get(r).code(), rowStates),
                c -> query.cols() != null && identifying(query.cols(), table.cols().get(c).code(), colStates));
        ChartType chart = ChartType.of(report.chart()).orElseThrow();
        return PublicTables.protect(report.id(), query.measure(), query.rows(), query.cols(), chart, table, eligible,
                PublicTables.nothing(), suppression, threshold, Set.copyOf(report.highlight()));
    }

    /**
     * Whether a heading points at one State: a named State, or a region whose figures come from
     * fewer than two States (statesBehind holds those counts for region dimensions). The lines
     * with no counterpart name no one.
     */
    private static boolean identifying(@Nullable Dimension dimension, @Nullable String code, Map<String, Long> statesBehind) {
        if (dimension == null) {
            return false;
        }
        if (PublicTables.namesStates(dimension)) {
            return !FigureTable.OTHER.equals(code);
        }
        return code != null && isRegion(dimension) && statesBehind.getOrDefault(code, 0L) < 2;
    }

    private static boolean isRegion(@Nullable Dimension dimension) {
        return dimension == Dimension.REGION || dimension == Dimension.SUBREGION || dimension == Dimension.COUNTERPART_REGION;
    }

    /**
     * For a region dimension, how many States each region's figures come from: reporting States
     * for the reporter's region, counterpart States for the counterpart's.
     */
    private Map<String, Long> statesBehind(AnalyticsQuery query, @Nullable Dimension dimension) {
        if (!isRegion(dimension)) {
            return Map.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        if (dimension == Dimension.COUNTERPART_REGION) {
            AnalyticsTable pairs = queries.run(new AnalyticsQuery(Measure.CASES, dimension, Dimension.COUNTERPART_STATE,
                    query.filters(), ACCEPTED, query.basis(), query.returnIds()));
            for (int r = 0; r < pairs.rows().size(); r++) {
                long states = 0;
                for (int c = 0; c < pairs.cols().size(); c++) {
                    BigDecimal cases = pairs.cells().get(r).get(c);
                    if (pairs.cols().get(c).code() != null && cases != null && cases.signum() > 0) {
                        states++;
                    }
                }
                counts.put(pairs.rows().get(r).code(), states);
            }
            return counts;
        }
        AnalyticsTable states = queries.run(new AnalyticsQuery(Measure.STATES, dimension, null, query.filters(), ACCEPTED,
                query.basis(), query.returnIds()));
        for (int r = 0; r < states.rows().size(); r++) {
            BigDecimal count = states.cells().get(r).get(0);
            counts.put(states.rows().get(r).code(), count == null ? 0 : count.longValue());
        }
        return counts;
    }

    Headline headline(Edition edition, Set<Long> pinned) {
        long cases = count(queries.run(query(Measure.CASES, null, null, Map.of(), pinned)).total());
        BigDecimal share = queries.run(query(Measure.CONVENTION_SHARE, null, null, Map.of(), pinned)).total();
        BigDecimal refusals = queries.run(query(Measure.REFUSAL_RATE, null, null, Map.of(), pinned)).total();
        long forbidden = count(queries.run(query(Measure.FORBIDDEN_REFUSALS, null, null, Map.of(), pinned)).total());
        AnalyticsTable typeCases = queries.run(query(Measure.CASES, Dimension.COOPERATION_TYPE, null, Map.of(), pinned));
        AnalyticsTable typeShares = queries.run(query(Measure.CONVENTION_SHARE, Dimension.COOPERATION_TYPE, null, Map.of(), pinned));
        List<Headline.TypeShare> byType = new ArrayList<>();
        for (int r = 0; r < typeCases.rows().size(); r++) {
            var heading = typeCases.rows().get(r);
            byType.add(new Headline.TypeShare(heading.code(), heading.label(), count(typeCases.cells().get(r).get(0)),
                    typeShares.cells().get(r).get(0)));
        }
        return new Headline(edition, editions.consents(edition.id()).size(), edition.statesParties(), cases, share, refusals,
                forbidden, byType);
    }

    /**
     * The latest edition, published before this edition, of the nearest earlier cycle that had one
     * then: frozen with the edition, so a cycle published later never changes what it compares with.
     */
    @Nullable
    static Edition previousCycle(Edition edition, List<Edition> all) {
        List<String> cycles = cycles(all);
        int at = cycles.indexOf(edition.cycle());
        for (int i = at + 1; at >= 0 && i < cycles.size(); i++) {
            Edition earlier = latestBefore(cycles.get(i), edition, all);
            if (earlier != null) {
                return earlier;
            }
        }
        return null;
    }

    /** The returns of this edition and of the latest edition (published before it) of every earlier cycle. */
    static Set<Long> throughCycleIds(Edition edition, List<Edition> all, java.util.function.Function<Edition, Set<Long>> ids,
                                     Set<Long> pinned) {
        Set<Long> returns = new HashSet<>(pinned);
        List<String> cycles = cycles(all);
        int at = cycles.indexOf(edition.cycle());
        for (int i = at + 1; at >= 0 && i < cycles.size(); i++) {
            Edition earlier = latestBefore(cycles.get(i), edition, all);
            if (earlier != null) {
                returns.addAll(ids.apply(earlier));
            }
        }
        return returns;
    }

    private Set<Long> throughCycle(Edition edition, List<Edition> all, Set<Long> pinned) {
        return throughCycleIds(edition, all, earlier -> editions.returnIds(earlier.id()), pinned);
    }

    @Nullable
    private static Edition latestBefore(String cycle, Edition edition, List<Edition> all) {
        return all.stream().filter(e -> e.cycle().equals(cycle) && e.id() < edition.id())
                .max(java.util.Comparator.comparingInt(Edition::number)).orElse(null);
    }

    /** The cycles in the order Editions.all gives them: newest first. */
    private static List<String> cycles(List<Edition> all) {
        return all.stream().map(Edition::cycle).distinct().toList();
    }

    private static AnalyticsQuery query(Measure measure, @Nullable Dimension rows, @Nullable Dimension cols,
                                        Map<Dimension, Set<String>> filters, Set<Long> pinned) {
        return new AnalyticsQuery(measure, rows, cols, filters, ACCEPTED).over(pinned);
    }

    private static long count(@Nullable BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}

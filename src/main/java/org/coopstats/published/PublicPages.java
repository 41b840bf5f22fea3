package org.coopstats.published;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.Text;
import org.coopstats.publication.Edition;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every public answer, made once per edition, page and language, then served from memory: an
 * edition never changes, so neither does anything made from it. A request that finds its page
 * costs no database work at all; the first one for a page computes it on the blocking executor.
 * Which editions exist comes from PublishedIndex, also in memory.
 */
@Singleton
class PublicPages {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,5}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern FILE = Pattern.compile("([a-z0-9][a-z0-9-]{0,79})\\.(csv|svg|png)");

    private final PublishedIndex index;
    private final PublishedFigures figures;
    private final PageViews views;
    private final PublicCharts charts;
    private final Templates templates;
    private final ExecutorService executor;
    private final MemoryCache<String, Page> pages;
    private final MemoryCache<Language, Page> notFoundPages;
    private final MemoryCache<Long, EditionFigures> summaries;
    private final MemoryCache<Long, Set<String>> named;
    private final MemoryCache<String, StateFigures> states;

    PublicPages(PublishedIndex index, PublishedFigures figures, PageViews views, PublicCharts charts, Templates templates,
                PublishedSettings settings, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.index = index;
        this.figures = figures;
        this.views = views;
        this.charts = charts;
        this.templates = templates;
        this.executor = executor;
        // a 404 is answered from notFoundPages, never kept under the address asked: anyone can invent those
        this.pages = new MemoryCache<>(settings.getCacheBytes(), Page::weight, page -> page.status() == 200);
        this.notFoundPages = new MemoryCache<>(Language.values().length, page -> 1);
        this.summaries = new MemoryCache<>(settings.getCachedEditions(), summary -> 1);
        this.named = new MemoryCache<>(settings.getCachedEditions() * 4L, names -> 1);
        this.states = new MemoryCache<>(settings.getCachedStates(), state -> 1);
    }

    CompletableFuture<Page> list(Language language, HttpRequest<?> request) {
        PublishedIndex.Snapshot editions = index.current();
        Text t = Text.of(language);
        return cached("list/" + editions.version() + "/" + language.code(), () -> html("published/list",
                Map.of("listing", views.listing(editions, t)), t, "/published", 200, Page.BRIEFLY, request));
    }

    CompletableFuture<Page> latest(String cycle, Language language, HttpRequest<?> request) {
        PublishedIndex.Snapshot editions = index.current();
        Optional<Edition> edition = editions.latest(cycle);
        if (edition.isEmpty()) {
            return notFound(language, request);
        }
        return cached("latest/" + edition.get().id() + "/" + language.code(),
                () -> summaryPage(edition.get(), editions, true, language, request));
    }

    CompletableFuture<Page> edition(String cycle, String number, Language language, HttpRequest<?> request) {
        PublishedIndex.Snapshot editions = index.current();
        Optional<Edition> edition = find(editions, cycle, number);
        if (edition.isEmpty()) {
            return notFound(language, request);
        }
        return cached("edition/" + edition.get().id() + "/" + language.code(),
                () -> summaryPage(edition.get(), editions, false, language, request));
    }

    CompletableFuture<Page> state(String cycle, String number, String iso3, Language language, HttpRequest<?> request) {
        PublishedIndex.Snapshot editions = index.current();
        Optional<Edition> edition = find(editions, cycle, number);
        if (edition.isEmpty() || !ISO3.matcher(iso3).matches()) {
            return notFound(language, request);
        }
        Text t = Text.of(language);
        return cached("state/" + edition.get().id() + "/" + iso3 + "/" + language.code(), () -> {
            if (!named(edition.get()).contains(iso3)) {
                return notFoundPage(language, request);
            }
            Views.State state = views.state(stateFigures(edition.get(), iso3), t);
            return html("published/state", Map.of("page", state), t, state.edition().path() + "/states/" + iso3, 200,
                    Page.FOREVER, request);
        });
    }

    /** A report's table of a cycle summary as CSV, SVG or PNG: file is "refusal-grounds.csv". */
    CompletableFuture<Page> reportFile(String cycle, String number, String file, Language language, HttpRequest<?> request) {
        PublishedIndex.Snapshot editions = index.current();
        Optional<Edition> edition = find(editions, cycle, number);
        Matcher name = FILE.matcher(file);
        if (edition.isEmpty() || !name.matches()) {
            return notFound(language, request);
        }
        Text t = Text.of(language);
        return cached("report/" + edition.get().id() + "/" + file + "/" + language.code(), () -> {
            var report = summary(edition.get(), editions).report(name.group(1));
            if (report.isEmpty()) {
                return notFoundPage(language, request);
            }
            String title = views.words(t).title(report.get().definition());
            return file(report.get().table(), title, edition.get(), name.group(2), t);
        });
    }

    /** One table of a State's page as CSV, SVG or PNG: file is "partners.svg". */
    CompletableFuture<Page> stateFile(String cycle, String number, String iso3, String file, Language language,
                                      HttpRequest<?> request) {
        PublishedIndex.Snapshot editions = index.current();
        Optional<Edition> edition = find(editions, cycle, number);
        Matcher name = FILE.matcher(file);
        if (edition.isEmpty() || !ISO3.matcher(iso3).matches() || !name.matches()) {
            return notFound(language, request);
        }
        Text t = Text.of(language);
        return cached("state-file/" + edition.get().id() + "/" + iso3 + "/" + file + "/" + language.code(), () -> {
            if (!named(edition.get()).contains(iso3)) {
                return notFoundPage(language, request);
            }
            StateFigures state = stateFigures(edition.get(), iso3);
            Optional<FigureTable> table = state.table(name.group(1));
            if (table.isEmpty()) {
                return notFoundPage(language, request);
            }
            String title = PageViews.stateTableTitle(table.get().id(), views.stateName(state, views.words(t)), t);
            return file(table.get(), title, edition.get(), name.group(2), t);
        });
    }

    CompletableFuture<Page> notFound(Language language, HttpRequest<?> request) {
        return notFoundPages.get(language, () -> makeNotFound(language, request), executor);
    }

    /** Forgets every page and figure: for specs that remove and publish editions again. */
    void clear() {
        pages.clear();
        notFoundPages.clear();
        summaries.clear();
        named.clear();
        states.clear();
    }

    private Page summaryPage(Edition edition, PublishedIndex.Snapshot editions, boolean latestAddress, Language language,
                             HttpRequest<?> request) {
        Text t = Text.of(language);
        List<Edition> earlier = editions.ofCycle(edition.cycle()).stream().filter(e -> e.number() < edition.number()).toList();
        Views.Summary summary = views.summary(summary(edition, editions), earlier, latestAddress, t);
        String here = latestAddress ? "/published/" + edition.cycle() : summary.edition().path();
        return html("published/summary", Map.of("page", summary), t, here, 200,
                latestAddress ? Page.BRIEFLY : Page.FOREVER, request);
    }

    private Page file(FigureTable table, String title, Edition edition, String extension, Text t) {
        String source = PageViews.source(edition, t);
        String name = "coopstats-" + edition.cycle() + "-" + edition.number() + "-" + table.id() + "-" + t.lang() + "." + extension;
        return switch (extension) {
            case "csv" -> Page.of(200, PublicCsv.of(table, views.words(t)).getBytes(StandardCharsets.UTF_8), Page.CSV,
                    Page.FOREVER, name);
            case "svg" -> Page.of(200, charts.svg(table, title, source, views.words(t)).getBytes(StandardCharsets.UTF_8),
                    Page.SVG, Page.FOREVER, null);
            default -> Page.of(200, charts.png(table, title, source, views.words(t)), Page.PNG, Page.FOREVER, null);
        };
    }

    /** The one not-found page of the language, for a page that turns out not to exist once made. */
    private Page notFoundPage(Language language, HttpRequest<?> request) {
        return notFoundPages.join(language, () -> makeNotFound(language, request));
    }

    private Page makeNotFound(Language language, HttpRequest<?> request) {
        return html("published/notFound", Map.of(), Text.of(language), null, 404, Page.NEVER, request);
    }

    private Page html(String view, Map<String, Object> model, Text t, String path, int status, String cacheControl,
                      HttpRequest<?> request) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("t", t);
        all.put("here", path == null ? "/published?" : path + "?");
        return Page.html(status, templates.render(view, all, request), cacheControl);
    }

    private EditionFigures summary(Edition edition, PublishedIndex.Snapshot editions) {
        return summaries.join(edition.id(), () -> figures.summary(edition, editions.all()));
    }

    private Set<String> named(Edition edition) {
        return named.join(edition.id(), () -> Set.copyOf(figures.named(edition)));
    }

    private StateFigures stateFigures(Edition edition, String iso3) {
        return states.join(edition.id() + "/" + iso3, () -> figures.state(edition, iso3));
    }

    private CompletableFuture<Page> cached(String key, Supplier<Page> make) {
        return pages.get(key, make, executor);
    }

    private static Optional<Edition> find(PublishedIndex.Snapshot editions, String cycle, String number) {
        if (!NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        return editions.find(cycle, Integer.parseInt(number));
    }
}

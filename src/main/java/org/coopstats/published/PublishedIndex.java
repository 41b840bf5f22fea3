package org.coopstats.published;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.coopstats.publication.Edition;
import org.coopstats.publication.EditionPublished;
import org.coopstats.publication.Editions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which editions exist, held in memory and read again every few seconds in the background, so
 * that no public request asks the database even which edition an address names. An edition
 * published here shows at once (read again when its transaction commits); one written by another
 * instance of the service shows within the delay.
 */
@Singleton
public class PublishedIndex {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedIndex.class);

    private final Editions editions;
    private volatile Snapshot snapshot;

    PublishedIndex(Editions editions) {
        this.editions = editions;
    }

    /** Every edition, newest cycle first, and a version that changes whenever the list does. */
    record Snapshot(List<Edition> all, String version) {

        Optional<Edition> find(String cycle, int number) {
            return all.stream().filter(e -> e.cycle().equals(cycle) && e.number() == number).findFirst();
        }

        Optional<Edition> latest(String cycle) {
            return all.stream().filter(e -> e.cycle().equals(cycle)).findFirst();
        }

        List<Edition> ofCycle(String cycle) {
            return all.stream().filter(e -> e.cycle().equals(cycle)).toList();
        }

        List<String> cycles() {
            return all.stream().map(Edition::cycle).distinct().toList();
        }
    }

    Snapshot current() {
        Snapshot now = snapshot;
        return now != null ? now : refresh();
    }

    @Scheduled(fixedDelay = "${coopstats.published.index-refresh:2s}")
    void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException unavailable) {
            // the database is starting or stopping: the pages keep the editions they know
            LOG.debug("Editions not read again: {}", unavailable.getMessage());
        }
    }

    @TransactionalEventListener
    void onPublished(EditionPublished published) {
        refresh();
    }

    /** Reads the editions now, as publishing (or a test) needs to show a new edition at once. */
    public Snapshot refresh() {
        List<Edition> all = editions.all();
        String version = all.stream().map(e -> Long.toString(e.id())).collect(Collectors.joining("."));
        Snapshot now = snapshot;
        if (now == null || !now.version().equals(version)) {
            snapshot = new Snapshot(all, version);
        }
        return snapshot;
    }
}

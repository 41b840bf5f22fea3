package org.coopstats.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with the demo so a newcomer sees every screen with something on it.
 * An external database gets it only when asked for: invented returns must never mix with real ones.
 */
@Singleton
class DemoDataOnFirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnFirstStart.class);

    private final DemoDataService demoData;
    private final DemoAccounts demoAccounts;
    private final DemoStatuses demoStatuses;
    private final DemoPublication demoPublication;
    private final DemoDataSettings settings;
    private final boolean embeddedDatabase;

    private final boolean firstAdminConfigured;

    DemoDataOnFirstStart(DemoDataService demoData, DemoAccounts demoAccounts, DemoStatuses demoStatuses,
                         DemoPublication demoPublication, DemoDataSettings settings, @Value("${datasources.default.url:}") String externalUrl,
                         @Value("${coopstats.admin.email:}") String firstAdminEmail) {
        this.firstAdminConfigured = !firstAdminEmail.isBlank();
        this.demoData = demoData;
        this.demoAccounts = demoAccounts;
        this.demoStatuses = demoStatuses;
        this.demoPublication = demoPublication;
        this.settings = settings;
        this.embeddedDatabase = externalUrl.isBlank();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!settings.wanted(embeddedDatabase) || demoData.databaseHasCycles()) {
            return;
        }
        long started = System.nanoTime();
        GenerationSummary summary = demoData.load(settings.seed(), settings.lines());
        LOG.info("Demo data loaded: {} returns, {} case lines, {} cases (seed {}, {} ms). "
                        + "Turn it off with COOPSTATS_DEMO_DATA_ENABLED=false.",
                summary.returns(), summary.lines(), summary.cases(), summary.seed(),
                (System.nanoTime() - started) / 1_000_000);
        demoStatuses.apply(demoAccounts.latestCycleReporters());
        if (firstAdminConfigured) {
            // an operator who named the first administrator wants no account with a published password
            LOG.info("No demo accounts: COOPSTATS_ADMIN_EMAIL names the first administrator.");
        } else {
            LOG.info("Demo accounts (password \"{}\"): {}", DemoAccounts.PASSWORD, String.join(", ", demoAccounts.create()));
        }
        LOG.info("Demo editions published: {}", demoPublication.publish(settings.seed()).stream()
                .map(edition -> edition.path()).collect(java.util.stream.Collectors.joining(", ")));
    }
}

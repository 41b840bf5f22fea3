package org.coopstats.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fills an empty database with the demo so a newcomer sees every screen with something on it. */
@Singleton
class DemoDataOnFirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnFirstStart.class);

    private final DemoDataService demoData;
    private final DemoDataSettings settings;

    DemoDataOnFirstStart(DemoDataService demoData, DemoDataSettings settings) {
        this.demoData = demoData;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!settings.enabled() || demoData.databaseHasCycles()) {
            return;
        }
        long started = System.nanoTime();
        GenerationSummary summary = demoData.load(settings.seed(), settings.lines());
        LOG.info("Demo data loaded: {} returns, {} case lines, {} cases (seed {}, {} ms). "
                        + "Turn it off with COOPSTATS_DEMO_DATA_ENABLED=false.",
                summary.returns(), summary.lines(), summary.cases(), summary.seed(),
                (System.nanoTime() - started) / 1_000_000);
    }
}

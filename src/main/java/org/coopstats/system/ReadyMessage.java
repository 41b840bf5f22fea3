package org.coopstats.system;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
class ReadyMessage {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyMessage.class);

    @EventListener
    void onStartup(ServerStartupEvent event) {
        LOG.info("coopstats is ready: open {}", event.getSource().getURL());
    }
}

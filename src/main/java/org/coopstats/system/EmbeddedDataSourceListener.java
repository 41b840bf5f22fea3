package org.coopstats.system;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

/**
 * Points the default datasource at the embedded MariaDB unless an external database URL is
 * configured (DATASOURCES_DEFAULT_URL), in which case no embedded server starts at all.
 * It runs before the configuration's own post-construct step, which fails without a URL.
 */
@Singleton
class EmbeddedDataSourceListener implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final DatabaseSettings settings;

    EmbeddedDataSourceListener(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        String configuredUrl = datasource.getConfiguredUrl();
        if (configuredUrl == null || configuredUrl.isBlank()) {
            EmbeddedMariaDb db = EmbeddedMariaDb.startOrReuse(settings);
            datasource.setUrl(db.jdbcUrl());
            datasource.setUsername(db.username());
            datasource.setPassword(db.password());
        }
        return datasource;
    }
}

package org.coopstats.published;

import io.micronaut.context.annotation.ConfigurationProperties;

/** coopstats.published.*: how much memory the public pages may keep. */
@ConfigurationProperties("coopstats.published")
public class PublishedSettings {

    /** Bytes of pages, CSV files and charts kept in memory (every edition's, every language's). */
    private long cacheBytes = 128L * 1024 * 1024;
    /** Editions whose figures are kept ready to put into words; each is a few hundred kilobytes. */
    private int cachedEditions = 32;
    /** States' pages whose figures are kept ready. */
    private int cachedStates = 2048;

    public long getCacheBytes() {
        return cacheBytes;
    }

    public void setCacheBytes(long cacheBytes) {
        this.cacheBytes = cacheBytes;
    }

    public int getCachedEditions() {
        return cachedEditions;
    }

    public void setCachedEditions(int cachedEditions) {
        this.cachedEditions = cachedEditions;
    }

    public int getCachedStates() {
        return cachedStates;
    }

    public void setCachedStates(int cachedStates) {
        this.cachedStates = cachedStates;
    }
}

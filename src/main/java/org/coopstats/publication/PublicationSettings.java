package org.coopstats.publication;

import io.micronaut.context.annotation.ConfigurationProperties;

/** coopstats.publication.*: the disclosure threshold frozen into each new edition. */
@ConfigurationProperties("coopstats.publication")
public class PublicationSettings {

    /** Cells that name a State or a pair of States and hold fewer cases than this are hidden. */
    private int suppressionThreshold = 3;

    public int getSuppressionThreshold() {
        return suppressionThreshold;
    }

    public void setSuppressionThreshold(int suppressionThreshold) {
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("coopstats.publication.suppression-threshold must be 1 or more, not " + suppressionThreshold);
        }
        this.suppressionThreshold = suppressionThreshold;
    }
}

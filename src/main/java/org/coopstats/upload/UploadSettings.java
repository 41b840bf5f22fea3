package org.coopstats.upload;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import org.coopstats.i18n.Text;
import org.coopstats.lines.Message;

import java.time.Duration;

/**
 * Limits of a CSV upload. Micronaut's own request limits (micronaut.server.max-request-size
 * and multipart.max-file-size in application.yml) sit a little above maxBytes, so that these
 * limits, which say plainly what went wrong, are the ones people meet.
 *
 * @param maxBytes    largest file accepted, in bytes (50 MB)
 * @param maxRows     most case lines in one file
 * @param shown       problems listed on the page and in the API answer; the report has them all
 * @param workers     uploads processed at the same time; more wait their turn
 * @param keepJobsFor how long the result and report of an upload stay available
 */
@ConfigurationProperties("coopstats.upload")
public record UploadSettings(
        @Bindable(defaultValue = "52428800") long maxBytes,
        @Bindable(defaultValue = "200000") int maxRows,
        @Bindable(defaultValue = "200") int shown,
        @Bindable(defaultValue = "1") int workers,
        @Bindable(defaultValue = "24h") Duration keepJobsFor) {

    /** The largest file, as people say it: "50 MB", or in bytes when it is no whole number of megabytes. */
    Message maxSize() {
        long megabyte = 1024 * 1024;
        return maxBytes % megabyte == 0 ? Message.of("upload.sizeMegabytes", maxBytes / megabyte)
                : Message.of("upload.sizeBytes", maxBytes);
    }

    String maxSizeText() {
        return maxSize().in(Text.ENGLISH);
    }
}

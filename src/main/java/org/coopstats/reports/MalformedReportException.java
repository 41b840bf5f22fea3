package org.coopstats.reports;

import org.coopstats.system.StartupRefusedException;

/** A report definition the service cannot use; the message names the file and what is wrong with it. */
class MalformedReportException extends StartupRefusedException {

    private final String location;
    private final String problem;

    MalformedReportException(String location, String problem) {
        super("report definition " + location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    String location() {
        return location;
    }

    String problem() {
        return problem;
    }
}

package org.coopstats.system;

import java.net.BindException;
import java.net.ConnectException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;

/** Turns a failed start into one line a person can act on. */
public final class StartupFailure {

    private StartupFailure() {
    }

    public static void report(Throwable failure) {
        String explanation = explain(failure);
        if (explanation != null) {
            System.err.println("coopstats did not start: " + explanation);
        } else {
            System.err.println("coopstats did not start: " + rootCause(failure));
            failure.printStackTrace();
        }
    }

    /** The plain explanation of a known problem, or null when the problem is not a known one. */
    public static String explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupRefusedException) {
                return t.getMessage();
            }
            if (t instanceof BindException) {
                return "the HTTP port is already in use (" + t.getMessage()
                        + "). Stop the program using it, or choose another port with MICRONAUT_SERVER_PORT.";
            }
            if (t instanceof SQLInvalidAuthorizationSpecException) {
                return "the database refused the account (" + firstLine(t) + "). "
                        + "Check DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD.";
            }
            if (t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return "cannot reach the database (" + firstLine(t) + "). "
                        + "Check DATASOURCES_DEFAULT_URL and that the database server is running.";
            }
            if (t instanceof SQLSyntaxErrorException && String.valueOf(t.getMessage()).contains("Unknown database")) {
                return "the database named in DATASOURCES_DEFAULT_URL does not exist (" + firstLine(t)
                        + "). Create it (empty, utf8mb4) and start again.";
            }
        }
        return null;
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

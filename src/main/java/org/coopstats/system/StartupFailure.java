package org.coopstats.system;

import java.net.BindException;

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
        }
        return null;
    }

    private static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

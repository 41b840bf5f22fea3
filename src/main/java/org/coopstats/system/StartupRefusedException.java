package org.coopstats.system;

/** A start-up problem the person starting the service can fix; its message says how. */
public class StartupRefusedException extends RuntimeException {

    public StartupRefusedException(String message) {
        super(message);
    }

    public StartupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

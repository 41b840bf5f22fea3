package org.coopstats.returns;

/** Someone changed the return between the moment a person opened it and the moment they acted. */
public class ReturnConflictException extends RuntimeException {

    ReturnConflictException() {
        super("the return was changed by someone else");
    }
}

package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;

/** Someone changed the return between the moment a person opened it and the moment they acted. */
public class ReturnConflictException extends RuntimeException {

    @Nullable
    private final Long returnId;

    ReturnConflictException() {
        this(null);
    }

    /** returnId: the version that changed, so the answer can say who changed it and how. */
    ReturnConflictException(@Nullable Long returnId) {
        super("the return was changed by someone else");
        this.returnId = returnId;
    }

    @Nullable
    Long returnId() {
        return returnId;
    }
}

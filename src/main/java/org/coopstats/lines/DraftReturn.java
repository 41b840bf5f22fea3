package org.coopstats.lines;

/** The draft version of one State's return in one cycle: the only version whose lines change. */
public record DraftReturn(long returnId, String cycleCode, ReturnContext context) {

    /** Audit rows of lines are keyed "return:line", so one return's history is a prefix search. */
    String auditKey(long lineId) {
        return returnId + ":" + lineId;
    }
}
